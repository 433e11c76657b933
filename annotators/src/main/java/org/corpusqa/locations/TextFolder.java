package org.corpusqa.locations;

import java.text.Normalizer;
import org.corpusqa.text.FoldTable;

/**
 * Folds text for matching, one character for one character, so that an offset into the folded
 * copy is the same offset into the original text.
 *
 * <p>Folding lower-cases, strips diacritics (keeps the first character of the canonical
 * decomposition), maps the Turkish dotless/dotted i to {@code i}, unifies apostrophes to {@code '}
 * and hyphens and non-breaking spaces to a plain space. Hyphen and space are the same to the
 * matcher so that {@code Deir ez-Zor}, {@code Deir ez Zor} and {@code Idlib-based} all fold to
 * words separated by spaces. Characters that fold to more than one character (ligatures, ß) are
 * left alone rather than breaking the 1:1 mapping.
 */
public final class TextFolder {

    private static final FoldTable TABLE = new FoldTable(0x2500, c -> foldUncached((char) c));

    private TextFolder() {}

    /** Returns the folded copy of {@code text}; it has the same length. */
    public static String fold(CharSequence text) {
        return TABLE.fold(text);
    }

    /** The folded chars of a text, for a caller that goes on to scan them. */
    static char[] foldChars(CharSequence text) {
        return TABLE.foldChars(text);
    }

    /** Folds one character. */
    public static char fold(char c) {
        return TABLE.fold(c);
    }

    private static char foldUncached(char c) {
        switch (c) {
            case 'ı':
            case 'İ':
                return 'i';
            case '’':
            case '‘':
            case '´':
            case '`':
            case 'ʼ':
            case 'ʻ':
            case 'ʹ':
                return '\'';
            case '-':
            case '‐':
            case '‑':
            case '\u00a0':
                return ' ';
            case 'ø':
            case 'Ø':
                return 'o';
            case 'đ':
            case 'Đ':
                return 'd';
            case 'ł':
            case 'Ł':
                return 'l';
            case 'ħ':
            case 'Ħ':
                return 'h';
            default:
                break;
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }
}
