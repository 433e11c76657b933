package org.corpusqa.quotes;

import java.util.Arrays;
import org.corpusqa.text.TextFolding;

/**
 * The text cut into words and single punctuation chars, with offsets. Words keep internal
 * apostrophes and hyphens ({@code Russia’s}, {@code al-Qa’ida}, {@code Turkey-backed}) and digit
 * groups ({@code 3.6}, {@code 1,000}); each word is also available folded ({@link TextFolding}) for
 * lexicon look-ups, so {@code Russia’s} is looked up as {@code russia's}.
 *
 * <p>A word is folded when a rule first asks for it: the rules read only the words near quotes,
 * and folding every word of the document up front was a tenth of the quote analysis.
 */
final class Tokens {
    private final char[] chars;
    private int size;
    private int[] begins;
    private int[] ends;
    private boolean[] isWord;
    private String[] words;

    Tokens(String text) {
        this.chars = text.toCharArray();
        int capacity = 16 + chars.length / 4;
        begins = new int[capacity];
        ends = new int[capacity];
        isWord = new boolean[capacity];
        words = new String[capacity];
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (CharClass.isSpace(c)) {
                i++;
            } else if (CharClass.isLetterOrDigit(c)) {
                int j = wordEnd(i + 1);
                add(i, j, true);
                i = j;
            } else {
                add(i, i + 1, false);
                i++;
            }
        }
    }

    private int wordEnd(int j) {
        int n = chars.length;
        while (j < n) {
            char d = chars[j];
            if (CharClass.isLetterOrDigit(d)) {
                j++;
            } else if (j + 1 < n && connects(d, chars[j - 1], chars[j + 1])) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean connects(char c, char before, char after) {
        if (!CharClass.isLetterOrDigit(after)) {
            return false;
        }
        return switch (c) {
            case '\'', '’', '´', 'ʼ', '-', '‐', '‑' -> true;
            case '.', ',' -> Character.isDigit(before) && Character.isDigit(after);
            default -> false;
        };
    }

    private void add(int begin, int end, boolean word) {
        if (size == begins.length) {
            begins = Arrays.copyOf(begins, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            isWord = Arrays.copyOf(isWord, size * 2);
            words = Arrays.copyOf(words, size * 2);
        }
        begins[size] = begin;
        ends[size] = end;
        isWord[size] = word;
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

    /** Whether the token is a word; false for a punctuation token or an index out of range. */
    boolean isWord(int i) {
        return i >= 0 && i < size && isWord[i];
    }

    /** The folded word, or null for a punctuation token or an index out of range. */
    String word(int i) {
        if (!isWord(i)) {
            return null;
        }
        String word = words[i];
        if (word == null) {
            word = fold(begins[i], ends[i]);
            words[i] = word;
        }
        return word;
    }

    /** {@link TextFolding#fold(CharSequence)} of the chars in [begin, end), without cutting them out first. */
    private String fold(int begin, int end) {
        char[] folded = new char[end - begin];
        for (int k = 0; k < folded.length; k++) {
            folded[k] = TextFolding.fold(chars[begin + k]);
        }
        return new String(folded);
    }

    /** The char of a punctuation token, or 0 for a word or an index out of range. */
    char punct(int i) {
        return i >= 0 && i < size && !isWord[i] ? chars[begins[i]] : 0;
    }

    /** Whether the token is a word that starts with an upper-case letter. */
    boolean capitalized(int i) {
        return isWord(i) && Character.isUpperCase(chars[begins[i]]);
    }

    /** Whether the token is a word that starts with a lower-case letter. */
    boolean lowerCase(int i) {
        return isWord(i) && Character.isLowerCase(chars[begins[i]]);
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
