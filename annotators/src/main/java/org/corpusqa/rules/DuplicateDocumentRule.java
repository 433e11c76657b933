package org.corpusqa.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusqa.check.Severity;

/**
 * A document whose words, after the date line, are the same as an earlier document's, compared by
 * {@link DocumentSummary#contentHash()}: folded words in order, so copies that differ only in line
 * breaks, spaces, case or punctuation count as copies. A duplicate inflates every count made on
 * the corpus. Reported once on each later copy, at line 1, column 1, naming the first.
 */
public final class DuplicateDocumentRule implements CorpusRule {
    public static final RuleInfo INFO = new RuleInfo(
            "duplicate-document",
            "duplication",
            Severity.WARNING,
            "The document has the same words as an earlier document of the corpus.",
            "remove one of the copies from the corpus, or exclude it");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void merge(List<DocumentSummary> summaries, FindingSink sink) {
        Map<String, DocumentSummary> first = new HashMap<>();
        for (DocumentSummary summary : summaries) {
            if (summary.contentHash().isEmpty()) {
                continue;
            }
            DocumentSummary original = first.putIfAbsent(summary.contentHash(), summary);
            if (original != null) {
                sink.report(summary.documentFinding(
                        INFO, "Duplicate document: same text as " + CorpusRules.name(original, summary)));
            }
        }
    }
}
