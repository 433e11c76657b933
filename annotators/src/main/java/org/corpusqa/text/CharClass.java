package org.corpusqa.text;

/**
 * The {@link Character} tests that tokenizers, annotators and text rules ask of every char,
 * answered from one table built with the same methods. The general methods cost a call through
 * {@code CharacterData} (bimorphic once curly quotes appear) and two table look-ups each, and they
 * were among the hottest frames of every annotator; the table (64 KB, one byte per char) answers in
 * one load, for the curly quotes and dashes of news text as for ASCII.
 */
public final class CharClass {
    private static final byte SPACE = 1;
    private static final byte LETTER_OR_DIGIT = 2;
    private static final byte LETTER = 4;
    private static final byte UPPER_CASE = 8;
    private static final byte LETTER_OR_MARK = 16;
    private static final byte LETTER_DIGIT_OR_MARK = 32;
    private static final byte[] CLASSES = classes();

    private CharClass() {}

    /** {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)}. */
    public static boolean isSpace(char c) {
        return (CLASSES[c] & SPACE) != 0;
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return (CLASSES[c] & LETTER_OR_DIGIT) != 0;
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return (CLASSES[c] & LETTER) != 0;
    }

    /** {@link Character#isUpperCase(char)}. */
    public static boolean isUpperCase(char c) {
        return (CLASSES[c] & UPPER_CASE) != 0;
    }

    /** A letter or a non-spacing (combining) mark: what a word is made of. */
    public static boolean isLetterOrMark(char c) {
        return (CLASSES[c] & LETTER_OR_MARK) != 0;
    }

    /** A letter, a digit or a non-spacing mark: what a word of names and numbers is made of. */
    public static boolean isLetterDigitOrMark(char c) {
        return (CLASSES[c] & LETTER_DIGIT_OR_MARK) != 0;
    }

    private static byte[] classes() {
        byte[] classes = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i < classes.length; i++) {
            char c = (char) i;
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            boolean letter = Character.isLetter(c);
            boolean letterOrDigit = Character.isLetterOrDigit(c);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            classes[i] = (byte) ((space ? SPACE : 0)
                    | (letterOrDigit ? LETTER_OR_DIGIT : 0)
                    | (letter ? LETTER : 0)
                    | (Character.isUpperCase(c) ? UPPER_CASE : 0)
                    | (letter || mark ? LETTER_OR_MARK : 0)
                    | (letterOrDigit || mark ? LETTER_DIGIT_OR_MARK : 0));
        }
        return classes;
    }
}
