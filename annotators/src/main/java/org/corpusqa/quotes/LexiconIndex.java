package org.corpusqa.quotes;

import java.util.Map;
import org.corpusqa.text.TextFolding;

/**
 * Looks up a word of a text in a table of folded words by folding its chars on the fly, so that
 * asking about a word cuts nothing out of the text and allocates nothing. Folding maps each char
 * to one char ({@link TextFolding}), so the chars folded one by one are exactly the folded word.
 */
final class LexiconIndex {
    private final String[] keys;
    /** The hash of each key, compared before its chars so that a miss rarely reads them. */
    private final int[] hashes;

    private final int[] values;
    private final int mask;
    private final int maxLength;

    /** @param entries folded words and their non-zero values */
    LexiconIndex(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        int longest = 0;
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (!key.equals(TextFolding.fold(key)) || entry.getValue() == 0) {
                throw new IllegalArgumentException("not folded, or no value: " + key);
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
        maxLength = longest;
    }

    /** The value of the folded {@code text[begin, end)}, or 0 when the table does not have it. */
    int get(char[] text, int begin, int end) {
        if (end - begin > maxLength) {
            return 0;
        }
        int hash = 0;
        for (int i = begin; i < end; i++) {
            hash = 31 * hash + TextFolding.fold(text[i]);
        }
        for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && matches(keys[slot], text, begin, end)) {
                return values[slot];
            }
        }
        return 0;
    }

    private static boolean matches(String key, char[] text, int begin, int end) {
        if (key.length() != end - begin) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (TextFolding.fold(text[begin + k]) != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The slot of a hash, its high bits mixed in, since the table keeps only the low ones. */
    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
