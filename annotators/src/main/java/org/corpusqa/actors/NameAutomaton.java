package org.corpusqa.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over chars, stored in flat arrays: the root's transitions in a table
 * indexed by char, every other node's children contiguous and sorted by char (names branch
 * little below the first letters). Keywords are inserted in sorted order, so building needs no
 * lookups, and matching is linear in the text plus the matches.
 *
 * <p>Why not the {@code org.ahocorasick} library: it keeps a boxed-Character HashMap and an emit
 * set per state, and a registry of 10,000 people (about 40,000 name forms) took seconds to
 * compile on a small machine.
 *
 * @param <T> what a keyword stands for
 */
final class NameAutomaton<T> {
    /** One keyword found: [begin, end) and its value. */
    record Hit<T>(int begin, int end, T value) {}

    private static final int ROOT = 0;

    private final int[] fail;
    private final int[] output;
    private final int[] dictLink;
    private final int[] depth;
    private final int[] childStart;
    private final int[] childCount;
    private final char[] childLabel;
    private final int[] childNode;
    private final int[] rootTable = new int[Character.MAX_VALUE + 1];
    private final List<T> values = new ArrayList<>();
    private int nodes = 1;

    NameAutomaton(Map<String, T> keywords) {
        String[] sorted = keywords.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        int capacity = 1;
        for (String k : sorted) {
            capacity += k.length();
        }
        fail = new int[capacity];
        output = new int[capacity];
        dictLink = new int[capacity];
        depth = new int[capacity];
        childCount = new int[capacity];
        char[] label = new char[capacity];
        int[] parent = new int[capacity];
        int[] lastChild = new int[capacity];
        Arrays.fill(output, -1);
        Arrays.fill(lastChild, -1);
        Arrays.fill(rootTable, -1);
        for (String keyword : sorted) {
            int node = ROOT;
            for (int i = 0; i < keyword.length(); i++) {
                char c = keyword.charAt(i);
                int last = lastChild[node];
                if (last >= 0 && label[last] == c) {
                    node = last;
                    continue;
                }
                int next = nodes++;
                depth[next] = depth[node] + 1;
                label[next] = c;
                parent[next] = node;
                lastChild[node] = next;
                childCount[node]++;
                if (node == ROOT) {
                    rootTable[c] = next;
                }
                node = next;
            }
            if (output[node] < 0) {
                output[node] = values.size();
                values.add(keywords.get(keyword));
            }
        }
        childStart = new int[nodes];
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
        link(label);
    }

    /** Failure and dictionary links, breadth first. */
    private void link(char[] label) {
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        dictLink[ROOT] = -1;
        queue[tail++] = ROOT;
        while (head < tail) {
            int node = queue[head++];
            for (int k = childStart[node]; k < childStart[node] + childCount[node]; k++) {
                int child = childNode[k];
                if (node == ROOT) {
                    fail[child] = ROOT;
                    dictLink[child] = -1;
                } else {
                    char c = label[child];
                    int f = fail[node];
                    int target = go(f, c);
                    while (target < 0 && f != ROOT) {
                        f = fail[f];
                        target = go(f, c);
                    }
                    fail[child] = target >= 0 && target != child ? target : ROOT;
                    int fc = fail[child];
                    dictLink[child] = output[fc] >= 0 ? fc : dictLink[fc];
                }
                queue[tail++] = child;
            }
        }
    }

    /** Every keyword occurrence in the text, overlapping ones included. */
    List<Hit<T>> find(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        int node = ROOT;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next = go(node, c);
            while (next < 0 && node != ROOT) {
                node = fail[node];
                next = go(node, c);
            }
            node = next < 0 ? ROOT : next;
            for (int n = output[node] >= 0 ? node : dictLink[node]; n >= 0; n = dictLink[n]) {
                hits.add(new Hit<>(i + 1 - depth[n], i + 1, values.get(output[n])));
            }
        }
        return hits;
    }

    int size() {
        return values.size();
    }

    private int go(int node, char c) {
        if (node == ROOT) {
            return rootTable[c];
        }
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
        return -1;
    }
}
