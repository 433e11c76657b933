package org.corpusqa.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusqa.check.Severity;

/**
 * Short lines (at most {@value DocumentSummary#SHORT_LINE_MAX_WORDS} words, not the title) that
 * are page furniture rather than text: {@code Advertisement}, {@code Read more}, {@code block}. A
 * short line is boilerplate when
 *
 * <ul>
 *   <li>it appears in at least max({@value #DEFAULT_MIN_DOCUMENTS}, {@value #DEFAULT_MIN_SHARE} ×
 *       documents) documents of the corpus (1% by default), or
 *   <li>it occurs twice or more within one document and does not end like a sentence: a story has
 *       no reason to repeat a two-word fragment, but scraped widgets do; a repeated short quote
 *       ({@code “No.”}) ends like a sentence and is left alone.
 * </ul>
 *
 * Every occurrence is reported, so each can be deleted where it is. Counting is over summaries,
 * compared by folded text; a line is counted once per document.
 */
public final class BoilerplateLineRule implements CorpusRule {
    public static final RuleInfo INFO = new RuleInfo(
            "boilerplate-line",
            "duplication",
            Severity.WARNING,
            "A short line recurs across many documents, or within one document, like page furniture"
                    + " (Advertisement, Read more).",
            "delete the line from the text, or suppress it when it belongs there");

    public static final int DEFAULT_MIN_DOCUMENTS = 3;
    public static final double DEFAULT_MIN_SHARE = 0.01;

    private final int minDocuments;
    private final double minShare;

    public BoilerplateLineRule() {
        this(DEFAULT_MIN_DOCUMENTS, DEFAULT_MIN_SHARE);
    }

    /**
     * @param minDocuments least number of documents a short line must appear in to be boilerplate
     * @param minShare least share of the corpus's documents it must appear in
     */
    public BoilerplateLineRule(int minDocuments, double minShare) {
        if (minDocuments < 2) {
            throw new IllegalArgumentException("boilerplate minDocuments must be at least 2, was " + minDocuments);
        }
        if (!(minShare >= 0 && minShare <= 1)) {
            throw new IllegalArgumentException("boilerplate minShare must be in [0, 1], was " + minShare);
        }
        this.minDocuments = minDocuments;
        this.minShare = minShare;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void merge(List<DocumentSummary> summaries, FindingSink sink) {
        Map<String, Integer> documentCounts = new HashMap<>();
        for (DocumentSummary summary : summaries) {
            for (DocumentSummary.ShortLine line : summary.shortLines()) {
                documentCounts.merge(line.key(), 1, Integer::sum);
            }
        }
        int corpusThreshold = Math.max(minDocuments, (int) Math.ceil(minShare * summaries.size()));
        for (DocumentSummary summary : summaries) {
            for (DocumentSummary.ShortLine line : summary.shortLines()) {
                int documents = documentCounts.get(line.key());
                boolean acrossCorpus = documents >= corpusThreshold;
                boolean withinDocument = line.occurrences() >= 2 && !line.sentenceLike();
                if (!acrossCorpus && !withinDocument) {
                    continue;
                }
                String message = message(line, documents, summaries.size(), acrossCorpus, withinDocument);
                for (DocumentSummary.Position position : line.positions()) {
                    sink.report(summary.finding(INFO, position, message));
                }
            }
        }
    }

    private static String message(
            DocumentSummary.ShortLine line, int documents, int total, boolean acrossCorpus, boolean withinDocument) {
        StringBuilder message =
                new StringBuilder("Boilerplate line '").append(line.text()).append("': ");
        if (withinDocument) {
            message.append("occurs ").append(line.occurrences()).append(" times in this document");
        }
        if (acrossCorpus) {
            message.append(withinDocument ? " and " : "")
                    .append("appears in ")
                    .append(documents)
                    .append(" of ")
                    .append(total)
                    .append(" documents");
        }
        return message.toString();
    }
}
