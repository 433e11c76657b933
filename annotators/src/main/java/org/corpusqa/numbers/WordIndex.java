package org.corpusqa.numbers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpusqa.text.WordTable;

/**
 * Looks up a word of a text, in any case, in a table of lowercase words, reading the word's chars
 * where they stand: nothing is cut out of the text, lowercased or hashed a second time.
 *
 * <p>The parser asks the lexicon about every word of a document, and doing that with {@code
 * substring}, {@code toLowerCase} and a {@link Map} per table was half of its time. An ASCII word
 * is hashed and compared with its letters lowered on the fly, in a {@link WordTable}; a word
 * with any other char takes the exact path ({@link String#toLowerCase(Locale)} with {@link
 * Locale#ROOT}, then the map), because a few non-ASCII letters lowercase to ASCII ({@code K}, the
 * Kelvin sign, is {@code k}) or to two chars.
 *
 * @param <V> the entries
 */
final class WordIndex<V> {
    private final Map<String, V> entries;
    private final WordTable keys;
    /** The entry of each key, by its number in {@link #keys}. */
    private final Object[] values;

    private final int maxLength;

    /** @param entries lowercase words and their entries; the index keeps the map */
    WordIndex(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        List<String> words = List.copyOf(this.entries.keySet());
        for (String word : words) {
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not lowercase: " + word);
            }
        }
        this.keys = new WordTable(words);
        this.values = words.stream().map(this.entries::get).toArray();
        this.maxLength = words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The entry of the word {@code text[begin, end)} in any case, or null. */
    V get(char[] text, int begin, int end) {
        if (end - begin > maxLength) {
            return null; // lowercasing never shortens a word
        }
        for (int i = begin; i < end; i++) {
            if (text[i] >= 0x80) {
                return entries.get(new String(text, begin, end - begin).toLowerCase(Locale.ROOT));
            }
        }
        int id = keys.findLoweringAscii(text, begin, end);
        return id < 0 ? null : value(id);
    }

    @SuppressWarnings("unchecked") // values holds only the V of the entries
    private V value(int id) {
        return (V) values[id];
    }
}
