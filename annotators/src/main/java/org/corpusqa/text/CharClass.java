package org.corpusqa.text;

/**
 * The {@link Character} tests that tokenizers and text rules ask of every char, answered for Latin-1 from a table
 * built with the same methods. Nearly every char of a news text is Latin-1, and the general
 * methods cost a call through {@code CharacterData} (bimorphic once curly quotes appear) and two
 * table look-ups each.
 */
public final class CharClass {
    private static final byte SPACE = 1;
    private static final byte LETTER_OR_DIGIT = 2;
    private static final byte LETTER = 4;
    private static final byte[] LATIN1 = latin1();

    private CharClass() {}

    /** {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)}. */
    public static boolean isSpace(char c) {
        return c < LATIN1.length ? (LATIN1[c] & SPACE) != 0 : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < LATIN1.length ? (LATIN1[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return c < LATIN1.length ? (LATIN1[c] & LETTER) != 0 : Character.isLetter(c);
    }

    private static byte[] latin1() {
        byte[] classes = new byte[256];
        for (char c = 0; c < classes.length; c++) {
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            classes[c] = (byte) ((space ? SPACE : 0)
                    | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                    | (Character.isLetter(c) ? LETTER : 0));
        }
        return classes;
    }
}
