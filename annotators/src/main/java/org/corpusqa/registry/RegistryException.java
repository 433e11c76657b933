package org.corpusqa.registry;

import org.corpusqa.io.FilePositionException;

/**
 * A registry file that cannot be used, with the place of the problem:
 * {@code actors.yml:[12,9] bad date '2020-13-01' in 'from'}.
 */
public class RegistryException extends FilePositionException {
    private static final long serialVersionUID = 1L;

    public RegistryException(String source, int line, int column, String problem) {
        super(source, line, column, problem);
    }
}
