package org.corpusqa.text;

import java.util.Arrays;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A set of keywords found in a text only where they are whole words: a hit must start where no
 * word char precedes it and end where no word char follows. The annotators want only such hits,
 * so rather than running Aho-Corasick over every position and throwing away the hits inside words
 * ({@code an} in {@code Iran}, {@code Oman} in {@code woman}), the trie is walked from word starts
 * only, and a walk stops as soon as the text leaves the trie. That is linear in the text times the
 * (short) depth a walk reaches, allocates nothing but the list of hits, and builds from sorted
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
    /** Ints per node in {@link #nodes}. */
    private static final int NODE = 4;

    private static final IntPredicate ANYWHERE = p -> true;

    /**
     * The word chars as a bit per char: asked for every char of every text, a table lookup costs
     * less than a call through {@link WordChars}, and keeps the matching loop free of calls whose
     * target differs from trie to trie.
     */
    private final long[] wordChars = new long[(Character.MAX_VALUE + 1) / 64];

    private final int[] rootTable = new int[Character.MAX_VALUE + 1];
    /**
     * Per node, side by side so that a step touches one cache line rather than one per array: its
     * first child's slot in {@link #children}, its child count, its value index and its first
     * child's label. Nodes are numbered in the order of the sorted keys, so a node's first child
     * is the next node: below the first letters, where most nodes have one child, a walk reads
     * {@code nodes} straight on and never needs {@link #children}.
     */
    private final int[] nodes;
    /** The children of each node, contiguous and sorted: label in the high half, node in the low. */
    private final long[] children;

    private final Object[] values;

    /** A trie over the keys of {@code keywords}, each standing for its value. */
    public WordTrie(Map<String, ? extends T> keywords, WordChars wordChars) {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (wordChars.isWordChar((char) c)) {
                this.wordChars[c >>> 6] |= 1L << c;
            }
        }
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
        int nodeCount = 1;
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
                int next = nodeCount++;
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
        nodes = new int[NODE * nodeCount];
        int slot = 0;
        for (int n = 0; n < nodeCount; n++) {
            nodes[NODE * n] = slot;
            nodes[NODE * n + 1] = count[n];
            nodes[NODE * n + 2] = out[n];
            nodes[NODE * n + 3] = count[n] > 0 ? label[n + 1] : NONE;
            slot += count[n];
        }
        children = new long[nodeCount - 1];
        int[] filled = new int[nodeCount];
        for (int n = 1; n < nodeCount; n++) {
            int p = parent[n];
            if (filled[p] == 0 && n != p + 1) {
                throw new IllegalStateException("the first child of node " + p + " is not the next node");
            }
            children[nodes[NODE * p] + filled[p]++] = (long) label[n] << 32 | n;
        }
    }

    /**
     * Reports every whole-word occurrence of a keyword in {@code text}, overlapping ones included,
     * ordered by begin and then by end.
     */
    public void find(String text, Hits<? super T> hits) {
        report(findAll(text.toCharArray(), ANYWHERE), hits);
    }

    /**
     * Like {@link #find(String, Hits)}, but only for hits that begin where {@code mayBegin} allows:
     * a caller that would reject every hit at some word start saves the walk from there.
     */
    public void find(String text, IntPredicate mayBegin, Hits<? super T> hits) {
        report(findAll(text.toCharArray(), mayBegin), hits);
    }

    private void report(Matches<T> matches, Hits<? super T> hits) {
        for (int i = 0; i < matches.size(); i++) {
            hits.hit(matches.begin(i), matches.end(i), matches.value(i));
        }
    }

    /** The hits of {@link #find(String, Hits)} in the chars of a text, as a list. */
    public Matches<T> findAll(char[] text) {
        return findAll(text, ANYWHERE);
    }

    /**
     * The hits of {@link #find(String, IntPredicate, Hits)} in the chars of a text, as a list, for
     * callers on a hot path: the walk only records hits, and whatever the caller does with them is
     * compiled into the caller rather than into the walk that all tries share. The text comes as
     * chars because {@link String#charAt} tests the string's encoding (Latin-1 or UTF-16, which
     * varies from document to document) on every call.
     */
    public Matches<T> findAll(char[] text, IntPredicate mayBegin) {
        Matches<T> matches = new Matches<>(values);
        boolean previousIsWord = false;
        for (int p = 0; p < text.length; p++) {
            char c = text[p];
            if (!previousIsWord && rootTable[c] != NONE && mayBegin.test(p)) {
                walk(text, p, rootTable[c], matches);
            }
            previousIsWord = isWordChar(c);
        }
        return matches;
    }

    private boolean isWordChar(char c) {
        return (wordChars[c >>> 6] & 1L << c) != 0;
    }

    private void walk(char[] text, int begin, int first, Matches<T> matches) {
        int n = text.length;
        int node = first;
        int i = begin + 1;
        while (node != NONE) {
            int at = NODE * node;
            int value = nodes[at + 2];
            if (value != NONE && (i == n || !isWordChar(text[i]))) {
                matches.add(begin, i, value);
            }
            int count = nodes[at + 1];
            if (count == 0 || i == n) {
                return;
            }
            char c = text[i++];
            if (nodes[at + 3] == c) {
                node++; // the first child
            } else {
                node = count == 1 ? NONE : child(nodes[at], count, c);
            }
        }
    }

    private int child(int start, int count, char c) {
        int low = start;
        int high = start + count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long entry = children[mid];
            int m = (int) (entry >>> 32);
            if (m < c) {
                low = mid + 1;
            } else if (m > c) {
                high = mid - 1;
            } else {
                return (int) entry;
            }
        }
        return NONE;
    }

    /**
     * The hits of one search in the order found, by begin and then by end: a growing array of
     * (begin, end, value) rather than an object per hit.
     *
     * @param <T> what a keyword stands for
     */
    public static final class Matches<T> {
        private final Object[] values;
        private int[] hits = new int[3 * 16];
        private int size;

        private Matches(Object[] values) {
            this.values = values;
        }

        private void add(int begin, int end, int value) {
            if (3 * size == hits.length) {
                hits = Arrays.copyOf(hits, 2 * hits.length);
            }
            hits[3 * size] = begin;
            hits[3 * size + 1] = end;
            hits[3 * size + 2] = value;
            size++;
        }

        public int size() {
            return size;
        }

        public int begin(int i) {
            return hits[3 * i];
        }

        public int end(int i) {
            return hits[3 * i + 1];
        }

        @SuppressWarnings("unchecked")
        public T value(int i) {
            return (T) values[hits[3 * i + 2]];
        }
    }
}
