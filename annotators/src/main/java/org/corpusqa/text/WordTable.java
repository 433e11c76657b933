package org.corpusqa.text;

import java.util.Collection;

/**
 * A fixed set of words, each with a number, looked up by a stretch of a text rather than by a
 * string: a tokenizer asks about every token, and cutting each one out only to hash it in a
 * {@code HashMap} cost more than the rest of tokenizing. The lookup hashes the chars in place and
 * compares them with the one word in the slot; a word found is returned as the table's own string,
 * so a caller that keeps it allocates nothing and later lookups of it in other sets find its hash
 * already computed.
 *
 * <p>Open addressing with linear probing over a power-of-two table at most half full. Immutable
 * and thread-safe once built.
 */
public final class WordTable {
    private final String[] words;
    /** The chars of each word, compared as an array: a string's chars are read per encoding. */
    private final char[][] chars;

    private final int[] hashes;
    /** Per slot, the number of the word there plus one, or 0 for an empty slot. */
    private final int[] slots;

    private final int mask;

    /**
     * A table of {@code words}, numbered in iteration order from 0.
     *
     * @throws IllegalArgumentException when a word occurs twice
     */
    public WordTable(Collection<String> words) {
        this.words = words.toArray(new String[0]);
        this.chars = new char[this.words.length][];
        this.hashes = new int[this.words.length];
        int capacity = Integer.highestOneBit(Math.max(2, this.words.length) * 2 - 1) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int id = 0; id < this.words.length; id++) {
            String word = this.words[id];
            if (find(word.toCharArray(), 0, word.length()) >= 0) {
                throw new IllegalArgumentException("duplicate word: " + word);
            }
            int hash = word.hashCode();
            hashes[id] = hash;
            chars[id] = word.toCharArray();
            int slot = spread(hash) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }

    /** The number of the word {@code text[begin, end)}, or -1 when it is not in the table. */
    public int find(char[] text, int begin, int end) {
        int hash = 0;
        for (int i = begin; i < end; i++) {
            hash = 31 * hash + text[i];
        }
        for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (hashes[id] == hash && sameChars(chars[id], text, begin, end)) {
                return id;
            }
        }
        return -1;
    }

    /**
     * Like {@link #find(char[], int, int)} for a table of lowercase words and an ASCII word of the
     * text in any case: its letters are lowered as they are read, so nothing is cut out or copied.
     * Only for ASCII words: a few other chars lowercase to ASCII or to two chars, which the caller
     * handles with {@link String#toLowerCase(java.util.Locale)}. A method of its own rather than a
     * flag of {@code find}: the actor tokenizer calls {@code find} for every token, and the flag
     * tested per char made it measurably slower.
     */
    public int findLoweringAscii(char[] text, int begin, int end) {
        int hash = 0;
        for (int i = begin; i < end; i++) {
            hash = 31 * hash + lower(text[i]);
        }
        for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (hashes[id] == hash && sameLoweredChars(chars[id], text, begin, end)) {
                return id;
            }
        }
        return -1;
    }

    /**
     * A plain loop rather than {@code Arrays.equals} over ranges: words are a few chars long, and
     * the range checks and the vectorised mismatch cost more than comparing them one by one.
     */
    private static boolean sameChars(char[] word, char[] text, int begin, int end) {
        if (word.length != end - begin) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (word[k] != text[begin + k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLoweredChars(char[] word, char[] text, int begin, int end) {
        if (word.length != end - begin) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (word[k] != lower(text[begin + k])) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII capital as {@link String#toLowerCase(java.util.Locale)} gives it; other chars as they are. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The word with this number. */
    public String word(int id) {
        return words[id];
    }

    public int size() {
        return words.length;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
