package org.corpusqa.text;

import java.util.Arrays;
import java.util.Map;

/**
 * A set of keywords found in a text only where they are whole words: a hit must start where no
 * word char precedes it and end where no word char follows. The annotators want only such hits,
 * so rather than running Aho-Corasick over every position and throwing away the hits inside words
 * ({@code an} in {@code Iran}, {@code Oman} in {@code woman}), the trie is walked from word starts
 * only, and a walk stops as soon as the text leaves the trie. That is linear in the text times the
 * (short) depth a walk reaches, allocates nothing but the hits' callbacks, and builds from sorted
 * keys in one pass without hashing. (The {@code org.ahocorasick} library, used before, kept a
 * boxed-Character hash map per state: a registry of 10,000 people took seconds to compile, and
 * matching the gazetteer was the slowest step of the whole check.)
 *
 * <p>Stored in flat arrays: the root's transitions in a table indexed by char, every other node's
 * children contiguous and sorted by char (names branch little below the first letters).
 * Immutable and thread-safe once built. Empty keywords are ignored.
 *
 * @param <T> what a keyword stands for
 */
public final class WordTrie<T> {

    /** What counts as a word char: hits never start or end next to one. */
    @FunctionalInterface
    public interface WordChars {
        boolean isWordChar(char c);
    }

    /** Receives one hit: [begin, end) and the keyword's value. */
    @FunctionalInterface
    public interface Hits<T> {
        void hit(int begin, int end, T value);
    }

    private static final int NONE = -1;

    private final WordChars wordChars;
    private final int[] rootTable = new int[Character.MAX_VALUE + 1];
    private final int[] childStart;
    private final int[] childCount;
    private final char[] childLabel;
    private final int[] childNode;
    private final int[] output;
    private final Object[] values;

    /** A trie over the keys of {@code keywords}, each standing for its value. */
    public WordTrie(Map<String, ? extends T> keywords, WordChars wordChars) {
        this.wordChars = wordChars;
        String[] sorted = keywords.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        int capacity = 1;
        for (String k : sorted) {
            capacity += k.length();
        }
        int[] count = new int[capacity];
        char[] label = new char[capacity];
        int[] parent = new int[capacity];
        int[] lastChild = new int[capacity];
        int[] out = new int[capacity];
        Arrays.fill(out, NONE);
        Arrays.fill(lastChild, NONE);
        Arrays.fill(rootTable, NONE);
        values = new Object[sorted.length];
        int valueCount = 0;
        int nodes = 1;
        for (String keyword : sorted) {
            if (keyword.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < keyword.length(); i++) {
                char c = keyword.charAt(i);
                int last = lastChild[node];
                if (last != NONE && label[last] == c) {
                    node = last;
                    continue;
                }
                int next = nodes++;
                label[next] = c;
                parent[next] = node;
                lastChild[node] = next;
                count[node]++;
                if (node == 0) {
                    rootTable[c] = next;
                }
                node = next;
            }
            out[node] = valueCount;
            values[valueCount++] = keywords.get(keyword);
        }
        childStart = new int[nodes];
        childCount = Arrays.copyOf(count, nodes);
        output = Arrays.copyOf(out, nodes);
        for (int n = 1; n < nodes; n++) {
            childStart[n] = childStart[n - 1] + childCount[n - 1];
        }
        childLabel = new char[nodes];
        childNode = new int[nodes];
        int[] filled = new int[nodes];
        for (int n = 1; n < nodes; n++) {
            int p = parent[n];
            int slot = childStart[p] + filled[p]++;
            childLabel[slot] = label[n];
            childNode[slot] = n;
        }
    }

    /**
     * Reports every whole-word occurrence of a keyword in {@code text}, overlapping ones included,
     * ordered by begin and then by end.
     */
    public void find(String text, Hits<? super T> hits) {
        int n = text.length();
        boolean previousIsWord = false;
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            if (!previousIsWord) {
                walk(text, p, rootTable[c], hits);
            }
            previousIsWord = wordChars.isWordChar(c);
        }
    }

    @SuppressWarnings("unchecked")
    private void walk(String text, int begin, int first, Hits<? super T> hits) {
        int n = text.length();
        int node = first;
        int i = begin + 1;
        while (node != NONE) {
            if (output[node] != NONE && (i == n || !wordChars.isWordChar(text.charAt(i)))) {
                hits.hit(begin, i, (T) values[output[node]]);
            }
            if (i == n) {
                return;
            }
            node = child(node, text.charAt(i++));
        }
    }

    private int child(int node, char c) {
        int low = childStart[node];
        int high = low + childCount[node] - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char m = childLabel[mid];
            if (m < c) {
                low = mid + 1;
            } else if (m > c) {
                high = mid - 1;
            } else {
                return childNode[mid];
            }
        }
        return NONE;
    }
}
