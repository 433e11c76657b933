package org.corpusqa.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
    /** The chars of the value being escaped, copied out of its string in one call. */
    private char[] chars = new char[1 << 12];

    public void reset() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
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
     * <p>Most of what is written is document text, a few KB per document: the chars are copied out
     * in one call and room for the worst case is made once, so the loop over them tests each char
     * against one table and does nothing else for plain ASCII.
     *
     * @return -1, or the offset of a character XML 1.0 cannot carry, where appending stopped
     */
    public int appendEscaped(String value) {
        int n = value.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        value.getChars(0, n, chars, 0);
        ensure(n * MAX_BYTES_PER_CHAR);
        byte[] out = bytes;
        int at = size;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 0x80) {
                byte[] escape = ASCII_ESCAPES[c];
                if (escape == null) {
                    out[at++] = (byte) c;
                } else if (escape.length == 0) {
                    size = at;
                    return i;
                } else {
                    System.arraycopy(escape, 0, out, at, escape.length);
                    at += escape.length;
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                int codePoint = Character.toCodePoint(c, chars[++i]);
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                size = at;
                return i;
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = at;
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

    private void ensure(int more) {
        if (size + more > bytes.length) {
            byte[] grown = new byte[Math.max(bytes.length * 2, size + more)];
            System.arraycopy(bytes, 0, grown, 0, size);
            bytes = grown;
        }
    }

    /** The longest escape, {@code &quot;}, is six bytes; no char needs more. */
    private static final int MAX_BYTES_PER_CHAR = 6;

    /**
     * Per ASCII char: null when written as is, its escape, or an empty array when XML 1.0 cannot
     * carry it (C0 controls but tab, line feed and carriage return).
     */
    private static final byte[][] ASCII_ESCAPES = asciiEscapes();

    private static byte[][] asciiEscapes() {
        byte[][] escapes = new byte[0x80][];
        for (char c = 0; c < 0x20; c++) {
            escapes[c] = new byte[0];
        }
        escapes['&'] = ascii("&amp;");
        escapes['<'] = ascii("&lt;");
        escapes['>'] = ascii("&gt;");
        escapes['"'] = ascii("&quot;");
        escapes['\n'] = ascii("&#10;");
        escapes['\r'] = ascii("&#13;");
        escapes['\t'] = ascii("&#9;");
        return escapes;
    }

    public static byte[] ascii(String markup) {
        return markup.getBytes(StandardCharsets.UTF_8);
    }
}
