package org.corpusqa.quotes;

import java.util.Arrays;
import org.corpusqa.text.TextFolding;

/**
 * The text cut into words and single punctuation chars, with offsets. Words keep internal
 * apostrophes and hyphens ({@code Russia’s}, {@code al-Qa’ida}, {@code Turkey-backed}) and digit
 * groups ({@code 3.6}, {@code 1,000}); each word is also kept folded ({@link TextFolding}) for
 * lexicon look-ups, so {@code Russia’s} is looked up as {@code russia's}.
 */
final class Tokens {
    private final String text;
    private int size;
    private int[] begins = new int[256];
    private int[] ends = new int[256];
    private String[] words = new String[256];

    Tokens(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = wordEnd(i + 1);
                add(i, j, TextFolding.fold(text.substring(i, j)));
                i = j;
            } else {
                add(i, i + 1, null);
                i++;
            }
        }
    }

    private int wordEnd(int j) {
        int n = text.length();
        while (j < n) {
            char d = text.charAt(j);
            if (Character.isLetterOrDigit(d)) {
                j++;
            } else if (j + 1 < n && connects(d, text.charAt(j - 1), text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean connects(char c, char before, char after) {
        if (!Character.isLetterOrDigit(after)) {
            return false;
        }
        return switch (c) {
            case '\'', '’', '´', 'ʼ', '-', '‐', '‑' -> true;
            case '.', ',' -> Character.isDigit(before) && Character.isDigit(after);
            default -> false;
        };
    }

    private void add(int begin, int end, String word) {
        if (size == begins.length) {
            begins = Arrays.copyOf(begins, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            words = Arrays.copyOf(words, size * 2);
        }
        begins[size] = begin;
        ends[size] = end;
        words[size] = word;
        size++;
    }

    int size() {
        return size;
    }

    int begin(int i) {
        return begins[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The folded word, or null for a punctuation token or an index out of range. */
    String word(int i) {
        return i >= 0 && i < size ? words[i] : null;
    }

    /** The char of a punctuation token, or 0 for a word or an index out of range. */
    char punct(int i) {
        return i >= 0 && i < size && words[i] == null ? text.charAt(begins[i]) : 0;
    }

    /** Whether the token is a word that starts with an upper-case letter. */
    boolean capitalized(int i) {
        return word(i) != null && Character.isUpperCase(text.charAt(begins[i]));
    }

    /** Whether the token is a word that starts with a lower-case letter. */
    boolean lowerCase(int i) {
        return word(i) != null && Character.isLowerCase(text.charAt(begins[i]));
    }

    /** Index of the first token that begins at or after the offset ({@link #size()} if none). */
    int firstFrom(int offset) {
        int index = Arrays.binarySearch(begins, 0, size, offset);
        return index >= 0 ? index : -index - 1;
    }

    /** Index of the token that contains the offset, or else of the first token after it. */
    int at(int offset) {
        int first = firstFrom(offset);
        return first > 0 && ends[first - 1] > offset ? first - 1 : first;
    }
}
