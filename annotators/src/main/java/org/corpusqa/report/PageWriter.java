package org.corpusqa.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Renders pages into buffers it reuses and writes them as UTF-8; one per thread, as a 20,000-page
 * report writes many pages in a row. {@code Files.writeString} on a fresh builder grew the builder,
 * copied it to a string and encoded that to a new array for every page, a third of the report's
 * CPU time.
 *
 * <p>A page is written over its earlier version and then cut to length, not truncated first: on
 * ext4 with online discard, opening the 20,000 pages of an earlier build with {@code
 * TRUNCATE_EXISTING} took 40 s in freeing blocks that the new pages then allocated again, while
 * rewriting them in place took under a second. Characters UTF-8 cannot encode (a lone surrogate
 * in a document) become {@code ?}.
 */
final class PageWriter {
    private static final int INITIAL_CHARS = 1 << 16;
    /** A buffer grown past this by one huge document is dropped afterwards, not kept for every page. */
    private static final int KEEP_CHARS = 1 << 21;

    private final CharsetEncoder utf8 = StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private StringBuilder page = new StringBuilder(INITIAL_CHARS);
    private char[] chars = new char[0];
    private ByteBuffer bytes = ByteBuffer.allocate(0);

    /** The empty buffer to render the next page into. */
    StringBuilder start() {
        page.setLength(0);
        return page;
    }

    /** Writes what was rendered into the buffer {@link #start} returned to {@code file}. */
    void write(Path file) throws IOException {
        int length = page.length();
        if (chars.length < length) {
            chars = new char[length];
            bytes = ByteBuffer.allocate(3 * length);
        }
        page.getChars(0, length, chars, 0);
        bytes.clear();
        utf8.reset();
        CoderResult result = utf8.encode(CharBuffer.wrap(chars, 0, length), bytes, true);
        if (result.isUnderflow()) {
            result = utf8.flush(bytes);
        }
        if (!result.isUnderflow()) {
            result.throwException();
        }
        bytes.flip();
        long size = bytes.limit();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.truncate(size);
        }
        if (length > KEEP_CHARS) {
            page = new StringBuilder(INITIAL_CHARS);
            chars = new char[0];
            bytes = ByteBuffer.allocate(0);
        }
    }
}
