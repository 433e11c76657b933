package org.corpusqa.eval;

import java.io.IOException;

/**
 * A gold file that cannot be used: a malformed TSV row (the message starts with
 * {@code file:line:}), an unreadable XMI, or a document that matches several gold files. An
 * {@link IOException} so that callers handle it with the other I/O failures of reading gold.
 */
public class GoldException extends IOException {
    private static final long serialVersionUID = 1L;

    public GoldException(String message) {
        super(message);
    }

    public GoldException(String message, Throwable cause) {
        super(message, cause);
    }
}
