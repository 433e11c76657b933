package org.corpusqa.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One-to-one matching of gold and system spans of one type, exact and by overlap.
 *
 * <p>Exact: same begin and end; duplicates pair off in list order. Overlap: the exact pairs are
 * kept, so every exact match is also an overlap match; then the remaining spans that share at
 * least one character are paired greedily, the pair with the largest character overlap first
 * (ties: the smaller sum of boundary differences, then the earlier gold span, then the earlier
 * system span). Each span takes part in at most one pair, so a long system span covering two
 * gold spans earns one true positive, not two. Greedy matching is not always the maximum
 * matching, but it is deterministic, explainable in a review and equal to it on the nearly
 * disjoint spans of news annotation.
 */
final class SpanMatcher {

    /** For each gold (system) index, the paired system (gold) index, or -1. */
    static final class Matching {
        final int[] goldExact;
        final int[] systemExact;
        final int[] goldOverlap;
        final int[] systemOverlap;

        private Matching(int[] goldExact, int[] systemExact, int[] goldOverlap, int[] systemOverlap) {
            this.goldExact = goldExact;
            this.systemExact = systemExact;
            this.goldOverlap = goldOverlap;
            this.systemOverlap = systemOverlap;
        }

        int exactCount() {
            return (int) Arrays.stream(goldExact).filter(j -> j >= 0).count();
        }

        int overlapCount() {
            return (int) Arrays.stream(goldOverlap).filter(j -> j >= 0).count();
        }
    }

    private record Candidate(int gold, int system, int overlap, int boundaryDistance, int goldBegin, int systemBegin) {}

    private static final Comparator<Candidate> PRIORITY = Comparator.comparingInt(Candidate::overlap)
            .reversed()
            .thenComparingInt(Candidate::boundaryDistance)
            .thenComparingInt(Candidate::goldBegin)
            .thenComparingInt(Candidate::systemBegin)
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::system);

    private SpanMatcher() {}

    static Matching match(List<AnnotationRecord> gold, List<AnnotationRecord> system) {
        int[] goldExact = unmatched(gold.size());
        int[] systemExact = unmatched(system.size());
        Map<Long, ArrayDeque<Integer>> goldBySpan = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            goldBySpan
                    .computeIfAbsent(spanKey(gold.get(i)), k -> new ArrayDeque<>())
                    .add(i);
        }
        for (int j = 0; j < system.size(); j++) {
            ArrayDeque<Integer> candidates = goldBySpan.get(spanKey(system.get(j)));
            if (candidates != null && !candidates.isEmpty()) {
                int i = candidates.poll();
                goldExact[i] = j;
                systemExact[j] = i;
            }
        }
        int[] goldOverlap = goldExact.clone();
        int[] systemOverlap = systemExact.clone();
        List<Candidate> candidates = overlappingPairs(gold, system, goldOverlap, systemOverlap);
        candidates.sort(PRIORITY);
        for (Candidate candidate : candidates) {
            if (goldOverlap[candidate.gold()] < 0 && systemOverlap[candidate.system()] < 0) {
                goldOverlap[candidate.gold()] = candidate.system();
                systemOverlap[candidate.system()] = candidate.gold();
            }
        }
        return new Matching(goldExact, systemExact, goldOverlap, systemOverlap);
    }

    /**
     * All overlapping (gold, system) pairs among the still unmatched spans, by a sweep over
     * begin offsets that keeps the spans still open, so the cost follows the number of overlaps
     * rather than gold × system.
     */
    private static List<Candidate> overlappingPairs(
            List<AnnotationRecord> gold, List<AnnotationRecord> system, int[] goldTaken, int[] systemTaken) {
        List<Integer> goldOrder = openByBegin(gold, goldTaken);
        List<Integer> systemOrder = openByBegin(system, systemTaken);
        List<Integer> activeGold = new ArrayList<>();
        List<Integer> activeSystem = new ArrayList<>();
        List<Candidate> pairs = new ArrayList<>();
        int gi = 0;
        int si = 0;
        while (gi < goldOrder.size() || si < systemOrder.size()) {
            boolean takeGold = si >= systemOrder.size()
                    || (gi < goldOrder.size()
                            && gold.get(goldOrder.get(gi)).begin()
                                    <= system.get(systemOrder.get(si)).begin());
            if (takeGold) {
                int i = goldOrder.get(gi++);
                AnnotationRecord g = gold.get(i);
                activeSystem.removeIf(j -> system.get(j).end() <= g.begin());
                for (int j : activeSystem) {
                    addIfOverlapping(pairs, i, g, j, system.get(j));
                }
                activeGold.add(i);
            } else {
                int j = systemOrder.get(si++);
                AnnotationRecord s = system.get(j);
                activeGold.removeIf(i -> gold.get(i).end() <= s.begin());
                for (int i : activeGold) {
                    addIfOverlapping(pairs, i, gold.get(i), j, s);
                }
                activeSystem.add(j);
            }
        }
        return pairs;
    }

    private static void addIfOverlapping(List<Candidate> pairs, int i, AnnotationRecord g, int j, AnnotationRecord s) {
        if (g.overlaps(s)) {
            int overlap = Math.min(g.end(), s.end()) - Math.max(g.begin(), s.begin());
            int distance = Math.abs(g.begin() - s.begin()) + Math.abs(g.end() - s.end());
            pairs.add(new Candidate(i, j, overlap, distance, g.begin(), s.begin()));
        }
    }

    private static List<Integer> openByBegin(List<AnnotationRecord> records, int[] taken) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (taken[i] < 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt(i -> records.get(i).begin()));
        return order;
    }

    private static int[] unmatched(int size) {
        int[] pairs = new int[size];
        Arrays.fill(pairs, -1);
        return pairs;
    }

    /** Begin and end packed into one map key. */
    static long spanKey(AnnotationRecord record) {
        return ((long) record.begin() << 32) | record.end();
    }
}
