package org.corpusqa.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a document strictly: a malformed or unmappable byte sequence is an error with its byte
 * offset, never a silent U+FFFD. A corpus gate that replaced bad bytes would hide exactly the
 * defects it exists to report, and shift every offset after them.
 */
public final class DocumentDecoder {
    private DocumentDecoder() {}

    public static String decode(byte[] bytes, Charset charset, String documentName) throws MalformedDocumentException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedDocumentException(documentName, charset.name(), in.position(), result.length());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MalformedDocumentException(documentName, charset.name(), in.position(), result.length());
        }
        out.flip();
        return out.toString();
    }
}
