package org.corpusqa.io;

/**
 * A configuration file that cannot be used, with the place of the problem so that a user can fix
 * it without guessing: {@code actors.yml:[12,9] bad date '2020-13-01' in 'from'}. The message
 * has the same {@code file:[line,col]} shape as the findings on the console.
 */
public class FilePositionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    public FilePositionException(String source, int line, int column, String problem) {
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
