package org.corpusqa.text;

import java.text.Normalizer;

/**
 * Folds text for matching while keeping every offset: each UTF-16 char maps to exactly one char,
 * so a match found in the folded copy has the same begin and end in the original text. That is
 * what lets annotators match {@code Cavusoglu} against {@code Çavuşoğlu} and still annotate the
 * original span unchanged (GUIDELINES: annotators never rewrite the text).
 *
 * <p>Folding lowercases, strips diacritics (first char of the NFD decomposition), maps the Turkish
 * dotless and dotted i to {@code i}, and maps the apostrophe look-alikes {@code ’ ´ ` ‘ ʼ} to
 * {@code '} and the dash look-alikes to {@code -}.
 */
public final class TextFolding {
    private static final FoldTable TABLE = new FoldTable(0x2100, c -> foldSlow((char) c));

    private TextFolding() {}

    /** Folds one char; chars outside the Basic Latin and Latin supplements are only lowercased. */
    public static char fold(char c) {
        return TABLE.fold(c);
    }

    /** Folds a whole string char by char; the result has the same length. */
    public static String fold(CharSequence text) {
        return TABLE.fold(text);
    }

    /**
     * The folded chars of a text, for a caller that goes on to scan them: a char array is read
     * without the index and encoding checks of {@link String#charAt}.
     */
    public static char[] foldChars(CharSequence text) {
        return TABLE.foldChars(text);
    }

    private static char foldSlow(char c) {
        switch (c) {
            case 'ı':
            case 'İ':
                return 'i';
            case '’':
            case '‘':
            case '´':
            case '`':
            case 'ʼ':
            case '′':
                return '\'';
            case '‐':
            case '‑':
            case '‒':
            case '–':
                return '-';
            case 'ø':
            case 'Ø':
                return 'o';
            case 'ł':
            case 'Ł':
                return 'l';
            case 'đ':
            case 'Đ':
                return 'd';
            case 'ß':
                return 's';
            case '\u00A0':
                return ' ';
            default:
                break;
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (Character.getType(base) == Character.NON_SPACING_MARK) {
            return Character.toLowerCase(c);
        }
        return Character.toLowerCase(base);
    }
}
