package org.corpusqa.numbers;

import java.util.Locale;
import java.util.Map;

/**
 * Looks up a word of a text, in any case, in a table of lowercase words, reading the word's chars
 * where they stand: nothing is cut out of the text, lowercased or hashed a second time.
 *
 * <p>The parser asks the lexicon about every word of a document, and doing that with {@code
 * substring}, {@code toLowerCase} and a {@link Map} per table was half of its time. An ASCII word
 * is hashed and compared with its letters lowered on the fly, in an open-addressing table; a word
 * with any other char takes the exact path ({@link String#toLowerCase(Locale)} with {@link
 * Locale#ROOT}, then the map), because a few non-ASCII letters lowercase to ASCII ({@code K}, the
 * Kelvin sign, is {@code k}) or to two chars.
 *
 * @param <V> the entries
 */
final class WordIndex<V> {
    private final Map<String, V> entries;
    private final String[] keys;
    /** The hash of each key, compared before its chars so that a miss rarely reads them. */
    private final int[] hashes;

    private final Object[] values;
    private final int mask;
    private final int maxLength;

    /** @param entries lowercase words and their entries; the index keeps the map */
    WordIndex(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        this.keys = new String[capacity];
        this.hashes = new int[capacity];
        this.values = new Object[capacity];
        this.mask = capacity - 1;
        int longest = 0;
        for (Map.Entry<String, V> entry : this.entries.entrySet()) {
            String key = entry.getKey();
            if (!key.equals(key.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not lowercase: " + key);
            }
            int slot = slot(key.hashCode());
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = key.hashCode();
            values[slot] = entry.getValue();
            longest = Math.max(longest, key.length());
        }
        this.maxLength = longest;
    }

    /** The entry of the word {@code text[begin, end)} in any case, or null. */
    V get(char[] text, int begin, int end) {
        if (end - begin > maxLength) {
            return null; // lowercasing never shortens a word
        }
        int hash = 0;
        for (int i = begin; i < end; i++) {
            char c = text[i];
            if (c >= 0x80) {
                return entries.get(new String(text, begin, end - begin).toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + lower(c);
        }
        for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && matches(keys[slot], text, begin, end)) {
                return value(slot);
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked") // values holds only the V of the entries
    private V value(int slot) {
        return (V) values[slot];
    }

    /** Whether the ASCII word {@code text[begin, end)} lowercases to {@code key}. */
    private static boolean matches(String key, char[] text, int begin, int end) {
        if (key.length() != end - begin) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (lower(text[begin + k]) != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII char as {@link String#toLowerCase(Locale)} gives it. */
    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** The slot of a hash, its high bits mixed in, since the table keeps only the low ones. */
    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
