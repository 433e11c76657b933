package org.corpusqa.rules;

/**
 * A suppressions or baseline file that cannot be used, with the place of the problem:
 * {@code corpusqa-suppressions.yml:[4,11] unknown rule 'unresolved-actr'}.
 */
public class RulesFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    public RulesFileException(String source, int line, int column, String problem) {
        super(source + ":[" + line + "," + column + "] " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
