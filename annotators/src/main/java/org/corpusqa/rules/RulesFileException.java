package org.corpusqa.rules;

import org.corpusqa.io.FilePositionException;

/**
 * A suppressions or baseline file that cannot be used, with the place of the problem:
 * {@code corpusqa-suppressions.yml:[4,11] unknown rule 'unresolved-actr'}.
 */
public class RulesFileException extends FilePositionException {
    private static final long serialVersionUID = 1L;

    public RulesFileException(String source, int line, int column, String problem) {
        super(source, line, column, problem);
    }
}
