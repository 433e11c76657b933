package org.corpusqa.check;

/**
 * A configuration or I/O problem that stops a check before it can say anything about the corpus:
 * a bad registry, a missing corpus directory, an unwritable output directory. The message names
 * the file and, where there is one, the position.
 */
public class CheckException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckException(String message, Throwable cause) {
        super(message, cause);
    }

    public CheckException(String message) {
        super(message);
    }
}
