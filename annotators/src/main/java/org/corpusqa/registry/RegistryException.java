package org.corpusqa.registry;

/**
 * A registry file that cannot be used, with the place of the problem so that a user can fix it
 * without guessing: {@code actors.yml:[12,9] bad date '2020-13-01' in 'from'}.
 */
public class RegistryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    public RegistryException(String source, int line, int column, String problem) {
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
