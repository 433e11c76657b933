package org.corpusqa.rules;

import org.corpusqa.text.CharClass;
import org.corpusqa.text.TextFolding;

/**
 * Small text helpers shared by the rules; all work on offsets so that nothing is copied needlessly,
 * and on the document's chars ({@link SourceDocumentView#chars()}) rather than on its string.
 */
final class TextUtil {
    private TextUtil() {}

    /**
     * Whitespace as a reader sees it: Java whitespace plus no-break and zero-width spaces and BOM.
     * Printable ASCII, most of any text, is answered without a Unicode table lookup.
     */
    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return Character.isWhitespace(c)
                || c == '\u00A0'
                || c == '\u2007'
                || c == '\u202F'
                || c == '\u200B'
                || c == '\u2060'
                || c == '\uFEFF';
    }

    /** First offset in {@code [begin, end)} that is not a space, or {@code end}. */
    static int skipSpaces(char[] text, int begin, int end) {
        int i = begin;
        while (i < end && isSpace(text[i])) {
            i++;
        }
        return i;
    }

    /** Offset after the last char in {@code [begin, end)} that is not a space, or {@code begin}. */
    static int trimEnd(char[] text, int begin, int end) {
        int i = end;
        while (i > begin && isSpace(text[i - 1])) {
            i--;
        }
        return i;
    }

    /** Space-separated tokens in {@code [begin, end)} that contain a letter or digit. */
    static int countWords(char[] text, int begin, int end) {
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWordChar = false;
        for (int i = begin; i < end; i++) {
            char c = text[i];
            if (isSpace(c)) {
                if (inToken && tokenHasWordChar) {
                    words++;
                }
                inToken = false;
                tokenHasWordChar = false;
            } else {
                inToken = true;
                tokenHasWordChar |= CharClass.isLetterOrDigit(c);
            }
        }
        return inToken && tokenHasWordChar ? words + 1 : words;
    }

    static boolean hasLetter(char[] text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (CharClass.isLetter(text[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comparison key of a span: folded (case, diacritics, apostrophe look-alikes) with runs of
     * spaces collapsed to one and the ends trimmed, so that {@code Moscow’s  relations} and
     * {@code moscow's relations} are the same line.
     */
    static String normalize(char[] text, int begin, int end) {
        char[] out = new char[end - begin];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = begin; i < end; i++) {
            char c = text[i];
            if (isSpace(c)) {
                pendingSpace = length > 0;
            } else {
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = TextFolding.fold(c);
            }
        }
        return new String(out, 0, length);
    }

    /**
     * A 64-bit hash (FNV-1a, then mixed) of {@link #normalize normalize(text, begin, end)},
     * computed without building the string: equal normalised texts have equal keys.
     */
    static long normalizedKey(char[] text, int begin, int end) {
        long h = 0xCBF29CE484222325L;
        boolean started = false;
        boolean pendingSpace = false;
        for (int i = begin; i < end; i++) {
            char c = text[i];
            if (isSpace(c)) {
                pendingSpace = started;
            } else {
                if (pendingSpace) {
                    h = (h ^ ' ') * 0x100000001B3L;
                    pendingSpace = false;
                }
                h = (h ^ TextFolding.fold(c)) * 0x100000001B3L;
                started = true;
            }
        }
        return MinHash.mix(h);
    }

    static String normalize(CharSequence text) {
        return normalize(text.toString().toCharArray(), 0, text.length());
    }

    /**
     * Whether the span ends like a sentence: {@code . ! ? …}, possibly followed by closing quotes
     * or brackets.
     */
    static boolean endsLikeSentence(char[] text, int begin, int end) {
        int i = end;
        while (i > begin && isClosingMark(text[i - 1])) {
            i--;
        }
        if (i == begin) {
            return false;
        }
        char last = text[i - 1];
        return last == '.' || last == '!' || last == '?' || last == '…';
    }

    private static boolean isClosingMark(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
    }

    /** {@code U+00A0}-style name of a char, for messages. */
    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
