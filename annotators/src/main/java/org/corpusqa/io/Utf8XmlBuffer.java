package org.corpusqa.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A growable byte buffer that XML is written into as UTF-8: markup as bytes prepared once, values
 * escaped and encoded char by char. It replaces a {@code Writer} and an XML serialiser stacked on
 * an {@code OutputStream}, where every character went through several layers of calls.
 *
 * <p>Attribute values are escaped so that any XML parser reads back the exact string: {@code &},
 * {@code <}, {@code >} and {@code "} as entities, and tab, line feed and carriage return as
 * character references, since a parser would otherwise normalise them to spaces. A character
 * that XML 1.0 cannot carry at all (most C0 controls, an unpaired surrogate, U+FFFE, U+FFFF) is
 * reported to the caller: writing it would produce a file no tool can open.
 */
public final class Utf8XmlBuffer {
    private byte[] bytes = new byte[1 << 14];
    private int size;

    public void reset() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** Appends bytes prepared earlier (markup, names), as they are. */
    public void append(byte[] markup) {
        ensure(markup.length);
        System.arraycopy(markup, 0, bytes, size, markup.length);
        size += markup.length;
    }

    /** Appends ASCII text that needs no escaping: numbers, ids, names. */
    public void appendAscii(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) ascii.charAt(i);
        }
    }

    public void appendAscii(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
    }

    public void appendInt(int value) {
        appendAscii(Integer.toString(value));
    }

    /**
     * Appends {@code value} escaped for a double-quoted attribute.
     *
     * @return -1, or the offset of a character XML 1.0 cannot carry, where appending stopped
     */
    public int appendEscaped(String value) {
        int n = value.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (!appendEscapedAscii(c)) {
                    return i;
                }
            } else if (c < 0x800) {
                ensure(2);
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                appendCodePoint(Character.toCodePoint(c, value.charAt(++i)));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            } else {
                ensure(3);
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return -1;
    }

    /**
     * Appends {@code value} escaped for a double-quoted attribute, with U+FFFD for each character
     * XML 1.0 cannot carry: for messages, where a readable file matters more than that character.
     */
    public void appendEscapedReplacing(String value) {
        int from = 0;
        int bad;
        while ((bad = appendEscaped(from == 0 ? value : value.substring(from))) >= 0) {
            appendEscaped("\uFFFD");
            from += bad + 1;
            if (from >= value.length()) {
                return;
            }
        }
    }

    /** Writes what was appended to {@code out} and empties the buffer once it holds {@code threshold} bytes. */
    public void flushOver(int threshold, OutputStream out) throws IOException {
        if (size >= threshold) {
            writeTo(out);
            reset();
        }
    }

    /** False for a control character XML 1.0 cannot carry. */
    private boolean appendEscapedAscii(char c) {
        switch (c) {
            case '&' -> append(AMP);
            case '<' -> append(LT);
            case '>' -> append(GT);
            case '"' -> append(QUOT);
            case '\n' -> append(LF);
            case '\r' -> append(CR);
            case '\t' -> append(TAB);
            default -> {
                if (c < 0x20) {
                    return false;
                }
                ensure(1);
                bytes[size++] = (byte) c;
            }
        }
        return true;
    }

    private void appendCodePoint(int codePoint) {
        ensure(4);
        bytes[size++] = (byte) (0xF0 | codePoint >> 18);
        bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            byte[] grown = new byte[Math.max(bytes.length * 2, size + more)];
            System.arraycopy(bytes, 0, grown, 0, size);
            bytes = grown;
        }
    }

    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] QUOT = ascii("&quot;");
    private static final byte[] LF = ascii("&#10;");
    private static final byte[] CR = ascii("&#13;");
    private static final byte[] TAB = ascii("&#9;");

    public static byte[] ascii(String markup) {
        return markup.getBytes(StandardCharsets.UTF_8);
    }
}
