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
        double[] bestScore = new double[n];
        int[] bestOther = new int[n];
        Arrays.fill(bestOther, -1);
        long[] keys = new long[n];
        for (int band = 0; band < BANDS; band++) {
            for (int d = 0; d < n; d++) {
                keys[d] = (bandHash(documents.get(d).sketch(), band) & ~INDEX_MASK) | d;
            }
            Arrays.sort(keys);
            int runStart = 0;
            for (int k = 1; k <= n; k++) {
                if (k == n || (keys[k] & ~INDEX_MASK) != (keys[runStart] & ~INDEX_MASK)) {
                    compareRun(documents, keys, runStart, k, bestScore, bestOther);
                    runStart = k;
                }
            }
        }
        for (int d = 0; d < n; d++) {
            if (bestOther[d] >= 0) {
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
                                        bestScore[d],
                                        MinHash.SHINGLE_WORDS)));
            }
        }
    }

    /** Members of a bucket are in document order, because the index is the key's low bits. */
    private void compareRun(
            List<DocumentSummary> documents, long[] keys, int from, int to, double[] bestScore, int[] bestOther) {
        for (int p = from + 1; p < to; p++) {
            int later = (int) (keys[p] & INDEX_MASK);
            for (int q = Math.max(from, p - MAX_COMPARISONS); q < p; q++) {
                int earlier = (int) (keys[q] & INDEX_MASK);
                double similarity = MinHash.similarity(
                        documents.get(earlier).sketch(), documents.get(later).sketch());
                if (similarity >= threshold
                        && (similarity > bestScore[later]
                                || (similarity == bestScore[later] && earlier < bestOther[later]))) {
                    bestScore[later] = similarity;
                    bestOther[later] = earlier;
                }
            }
        }
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
