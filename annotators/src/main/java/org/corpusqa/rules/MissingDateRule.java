package org.corpusqa.rules;

import org.corpusqa.check.Severity;

/**
 * A document dated neither by a {@code date YYYY-MM[-DD]} line nor by the corpus metadata file.
 * Without a date, titles such as "the Turkish president" cannot be resolved to the office holder
 * of the time, so every such mention becomes an unresolved reference. Reported at line 1, column
 * 1; empty documents are left to {@link EmptyDocumentRule}.
 */
public final class MissingDateRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "missing-date",
            "structure",
            Severity.WARNING,
            "The document has no date: no date line and no entry in the corpus metadata file.",
            "add a first line 'date YYYY-MM-DD', or a row for the document in corpus-metadata.tsv");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        if ("NONE".equals(document.dateSource()) && !EmptyDocumentRule.isEmpty(document)) {
            sink.report(document.finding(
                    INFO, 0, 0, "No date: the document has no date line and no row in the corpus metadata"));
        }
    }
}
