package org.corpusqa.corpus;

/**
 * A document whose bytes are not valid in the configured encoding. It carries the byte offset of
 * the first bad sequence so that a user can find it with a hex editor or {@code cmp}.
 */
public class MalformedDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    public MalformedDocumentException(String document, String encoding, long byteOffset, int length) {
        super(document + ": malformed " + encoding + " at byte offset " + byteOffset + " (" + length + " bad byte"
                + (length == 1 ? "" : "s") + ")");
        this.byteOffset = byteOffset;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
