package org.corpusqa.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corpusqa.check.Severity;

/**
 * A document whose 5-word shingles overlap an earlier document's with
 * an estimated Jaccard similarity of at least the threshold (default {@value #DEFAULT_THRESHOLD}):
 * the same story with a changed sentence or two, a re-scrape with different boilerplate.
 *
 * <p>Comparing every pair is quadratic, so candidates come from locality-sensitive hashing: the
 * 128-value sketch is cut into {@value #BANDS} bands of {@value #ROWS} rows, and
 * only documents that agree on a whole band are compared. A pair with similarity 0.8 shares some
 * band with probability 1 − (1 − 0.8⁴)³² &gt; 0.9999; a pair at 0.3 with probability 0.23, and
 * those are then rejected by the full estimate. Each band is one sorted {@code long[]} of
 * (band hash, document) pairs, so memory stays linear in the number of documents; within a bucket
 * each document is compared with at most {@value #MAX_COMPARISONS} predecessors, which bounds the
 * work for large clusters of near-identical documents.
 *
 * <p>Exact copies are left to {@link DuplicateDocumentRule}; only the first copy takes part.
 * Documents with fewer than {@value #MIN_SHINGLES} shingles are skipped: for a few sentences the
 * estimate means little. Each later document is reported once, at line 1, column 1, naming its
 * most similar earlier document.
 */
public final class NearDuplicateDocumentRule implements CorpusRule {
    public static final RuleInfo INFO = new RuleInfo(
            "near-duplicate-document",
            "duplication",
            Severity.WARNING,
            "The document is nearly the same as an earlier document of the corpus (most of its word"
                    + " sequences recur there).",
            "keep one version of the story, or exclude the other");

    public static final double DEFAULT_THRESHOLD = 0.8;
    static final int BANDS = 32;
    static final int ROWS = MinHash.SIZE / BANDS;
    static final int MIN_SHINGLES = 10;
    static final int MAX_COMPARISONS = 16;
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final double threshold;

    public NearDuplicateDocumentRule() {
        this(DEFAULT_THRESHOLD);
    }

    /** @param threshold estimated Jaccard similarity from which documents are near-duplicates */
    public NearDuplicateDocumentRule(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void merge(List<DocumentSummary> summaries, FindingSink sink) {
        List<DocumentSummary> documents = candidates(summaries);
        int n = documents.size();
        if (n > INDEX_MASK) {
            throw new IllegalArgumentException("too many documents for near-duplicate detection: " + n);
        }
        Buckets buckets = new Buckets(documents);
        int minEqual = minEqualPositions(threshold);
        int[] bestEqual = new int[n];
        int[] bestOther = new int[n];
        Arrays.fill(bestOther, -1);
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        int[] earlier = new int[BANDS * MAX_COMPARISONS];
        long[] bytes = new long[n * MinHash.BYTE_SKETCH_LONGS];
        for (int d = 0; d < n; d++) {
            MinHash.byteSketch(documents.get(d).sketch(), bytes, d * MinHash.BYTE_SKETCH_LONGS);
        }
        for (int later = 0; later < n; later++) {
            int count = buckets.predecessors(later, seenBy, earlier);
            int[] sketch = documents.get(later).sketch();
            for (int k = 0; k < count; k++) {
                int other = earlier[k];
                // The best match is the most similar earlier document, the first one on a tie.
                int needed = bestOther[later] < 0
                        ? minEqual
                        : other < bestOther[later] ? bestEqual[later] : bestEqual[later] + 1;
                if (MinHash.moreBytesDiffer(
                        bytes,
                        other * MinHash.BYTE_SKETCH_LONGS,
                        later * MinHash.BYTE_SKETCH_LONGS,
                        MinHash.SIZE - needed)) {
                    continue; // cheap and exact: if that many bytes differ, so do the positions
                }
                int equal = MinHash.equalPositions(documents.get(other).sketch(), sketch, needed);
                if (equal >= needed) {
                    bestEqual[later] = equal;
                    bestOther[later] = other;
                }
            }
        }
        for (int d = 0; d < n; d++) {
            if (bestOther[d] >= 0) {
                double bestScore = bestEqual[d] / (double) MinHash.SIZE;
                DocumentSummary other = documents.get(bestOther[d]);
                sink.report(documents
                        .get(d)
                        .documentFinding(
                                INFO,
                                String.format(
                                        Locale.ROOT,
                                        "Near-duplicate document: %s and %s share most of their text (estimated Jaccard"
                                                + " similarity %.2f of %d-word shingles)",
                                        CorpusRules.name(other, documents.get(d)),
                                        documents.get(d).relativePath(),
                                        bestScore,
                                        MinHash.SHINGLE_WORDS)));
            }
        }
    }

    /**
     * The LSH buckets of every band: per band, the documents sorted by (band hash, index), so that
     * the members of a bucket are contiguous and in document order, and each document's position
     * there. A document is compared with the (at most {@value #MAX_COMPARISONS}) members right
     * before it in each of its buckets; a pair that shares several bands is compared once, since
     * comparing it again could not change the best match.
     */
    private static final class Buckets {
        private final long[][] keys = new long[BANDS][];
        private final int[][] positions = new int[BANDS][];

        Buckets(List<DocumentSummary> documents) {
            int n = documents.size();
            for (int band = 0; band < BANDS; band++) {
                long[] sorted = new long[n];
                for (int d = 0; d < n; d++) {
                    sorted[d] = (bandHash(documents.get(d).sketch(), band) & ~INDEX_MASK) | d;
                }
                Arrays.sort(sorted);
                int[] position = new int[n];
                for (int p = 0; p < n; p++) {
                    position[(int) (sorted[p] & INDEX_MASK)] = p;
                }
                keys[band] = sorted;
                positions[band] = position;
            }
        }

        /**
         * Writes into {@code out} the distinct documents {@code later} is compared with, and
         * returns how many; {@code seenBy} marks each with the last document that collected it.
         */
        int predecessors(int later, int[] seenBy, int[] out) {
            int count = 0;
            for (int band = 0; band < BANDS; band++) {
                long[] sorted = keys[band];
                int p = positions[band][later];
                long bucket = sorted[p] & ~INDEX_MASK;
                for (int q = p - 1; q >= Math.max(0, p - MAX_COMPARISONS); q--) {
                    if ((sorted[q] & ~INDEX_MASK) != bucket) {
                        break;
                    }
                    int earlier = (int) (sorted[q] & INDEX_MASK);
                    if (seenBy[earlier] != later) {
                        seenBy[earlier] = later;
                        out[count++] = earlier;
                    }
                }
            }
            return count;
        }
    }

    /** The fewest equal sketch positions whose estimated similarity reaches the threshold. */
    private static int minEqualPositions(double threshold) {
        int equal = 0;
        while (equal / (double) MinHash.SIZE < threshold) {
            equal++;
        }
        return equal;
    }

    private static List<DocumentSummary> candidates(List<DocumentSummary> summaries) {
        Set<String> seen = new HashSet<>();
        List<DocumentSummary> documents = new ArrayList<>();
        for (DocumentSummary summary : summaries) {
            if (summary.shingles() >= MIN_SHINGLES
                    && summary.sketch().length == MinHash.SIZE
                    && seen.add(summary.contentHash())) {
                documents.add(summary);
            }
        }
        return documents;
    }

    private static long bandHash(int[] sketch, int band) {
        long h = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h = MinHash.mix(h * 0x9E3779B97F4A7C15L + sketch[r]);
        }
        return h;
    }
}
