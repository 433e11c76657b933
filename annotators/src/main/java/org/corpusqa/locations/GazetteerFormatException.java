package org.corpusqa.locations;

/** A project gazetteer that cannot be read; the message starts with {@code file:line:}. */
public final class GazetteerFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public GazetteerFormatException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The file that was read. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem; 0 when unknown. */
    public int line() {
        return line;
    }
}
