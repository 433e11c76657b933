package org.corpusqa.text;

import java.util.function.IntUnaryOperator;

/**
 * A folding of text that maps each UTF-16 char to exactly one char, read from a table built once:
 * offsets into a folded copy are offsets into the original. Chars beyond the table are only
 * lowercased. {@link TextFolding} (actors, quotes, rules) and the locations' {@code TextFolder}
 * (which also folds hyphens and no-break spaces to a space) are two such tables.
 */
public final class FoldTable {
    private final char[] table;

    /**
     * @param size chars below this are folded by {@code fold}, computed here once each
     * @param fold the folding of one char (as an int, for {@link IntUnaryOperator})
     */
    public FoldTable(int size, IntUnaryOperator fold) {
        table = new char[size];
        for (int c = 0; c < size; c++) {
            table[c] = (char) fold.applyAsInt(c);
        }
    }

    public char fold(char c) {
        return c < table.length ? table[c] : Character.toLowerCase(c);
    }

    /** The folded copy of {@code text}; it has the same length. */
    public String fold(CharSequence text) {
        return new String(foldChars(text));
    }

    /**
     * The folded chars of a text, for a caller that goes on to scan them: a char array is read
     * without the index and encoding checks of {@link String#charAt}.
     */
    public char[] foldChars(CharSequence text) {
        char[] out;
        if (text instanceof String s) {
            out = s.toCharArray();
        } else {
            out = new char[text.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = text.charAt(i);
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return out;
    }
}
