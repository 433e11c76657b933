package org.corpusqa.quotes;

import java.util.Arrays;
import org.corpusqa.text.CharClass;
import org.corpusqa.text.TextFolding;

/**
 * The text cut into words and single punctuation chars, with offsets. Words keep internal
 * apostrophes and hyphens ({@code Russia’s}, {@code al-Qa’ida}, {@code Turkey-backed}) and digit
 * groups ({@code 3.6}, {@code 1,000}); words are compared and looked up folded ({@link
 * TextFolding}), so {@code Russia’s} is looked up as {@code russia's}.
 *
 * <p>The whole text is folded once into a char array, and words are compared and looked up where
 * they stand in it ({@link #is(int, String)}, {@link #in(int, int)}): the rules read only the
 * words near quotes, and cutting every word of the document out as a String up front was a tenth
 * of the quote analysis.
 */
final class Tokens {
    /** Marks the lists of a word as looked up: no list uses the sign bit. */
    private static final int LISTS_KNOWN = 1 << 31;

    private final char[] chars;
    /** {@link #chars} folded: folding maps each char to one char, so offsets are the same. */
    private final char[] folded;

    private int size;
    private int[] begins;
    private int[] ends;
    private boolean[] isWord;
    /** The {@link Lexicon} lists of each word with {@link #LISTS_KNOWN}, once a rule has asked; else 0. */
    private int[] lists;

    Tokens(String text) {
        this.chars = text.toCharArray();
        this.folded = TextFolding.foldChars(text);
        int capacity = 16 + chars.length / 4;
        begins = new int[capacity];
        ends = new int[capacity];
        isWord = new boolean[capacity];
        lists = new int[capacity];
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
            lists = Arrays.copyOf(lists, size * 2);
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
        return new String(folded, begins[i], ends[i] - begins[i]);
    }

    /** Whether the token is a word of any of the {@link Lexicon} lists given as bits ({@code REPORTING | ATTITUDE}). */
    boolean in(int i, int lexiconLists) {
        if (!isWord(i)) {
            return false;
        }
        int known = lists[i];
        if (known == 0) {
            known = Lexicon.listsOf(folded, begins[i], ends[i]) | LISTS_KNOWN;
            lists[i] = known;
        }
        return (known & lexiconLists) != 0;
    }

    /** Number of chars of the token; folding keeps it. */
    int length(int i) {
        return ends[i] - begins[i];
    }

    /** Whether the token is the word {@code folded} once folded: {@code word(i).equals(folded)}, without folding it. */
    boolean is(int i, String folded) {
        return isWord(i) && length(i) == folded.length() && foldsTo(begins[i], folded);
    }

    /** Whether the token is a word whose folded form ends with {@code foldedSuffix}. */
    boolean endsWith(int i, String foldedSuffix) {
        return isWord(i)
                && length(i) >= foldedSuffix.length()
                && foldsTo(ends[i] - foldedSuffix.length(), foldedSuffix);
    }

    private boolean foldsTo(int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (folded[start + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The char of a punctuation token, or 0 for a word or an index out of range. */
    char punct(int i) {
        return i >= 0 && i < size && !isWord[i] ? chars[begins[i]] : 0;
    }

    /** Whether the token is a word that starts with an upper-case letter. */
    boolean capitalized(int i) {
        return isWord(i) && CharClass.isUpperCase(chars[begins[i]]);
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
