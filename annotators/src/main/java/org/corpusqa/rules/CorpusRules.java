package org.corpusqa.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corpusqa.check.Finding;

/**
 * The merge step of the corpus-wide rules: per-document {@link DocumentSummary summaries} in,
 * findings out. Summaries are put in a fixed order (by path) first, so which copy counts as the
 * original does not depend on the order in which workers finished.
 */
public final class CorpusRules {
    private static final Comparator<DocumentSummary> ORDER = Comparator.comparing(
                    (DocumentSummary s) -> s.path().toString())
            .thenComparing(DocumentSummary::relativePath);

    private final List<CorpusRule> rules;

    /** The corpus rules with their default thresholds. */
    public CorpusRules() {
        this(
                NearDuplicateDocumentRule.DEFAULT_THRESHOLD,
                BoilerplateLineRule.DEFAULT_MIN_DOCUMENTS,
                BoilerplateLineRule.DEFAULT_MIN_SHARE);
    }

    /**
     * @param nearDuplicateThreshold estimated Jaccard similarity from which two documents are
     *     near-duplicates (default 0.8)
     * @param boilerplateMinDocuments documents a short line must appear in to be boilerplate (3)
     * @param boilerplateMinShare share of the corpus it must appear in as well (0.01)
     */
    public CorpusRules(double nearDuplicateThreshold, int boilerplateMinDocuments, double boilerplateMinShare) {
        this.rules = List.of(
                new DuplicateDocumentRule(),
                new NearDuplicateDocumentRule(nearDuplicateThreshold),
                new BoilerplateLineRule(boilerplateMinDocuments, boilerplateMinShare));
    }

    public List<CorpusRule> rules() {
        return rules;
    }

    /** Runs every corpus rule over the summaries of the whole corpus. */
    public List<Finding> merge(List<DocumentSummary> summaries) {
        List<DocumentSummary> ordered = new ArrayList<>(summaries);
        ordered.sort(ORDER);
        List<Finding> findings = new ArrayList<>();
        for (CorpusRule rule : rules) {
            rule.merge(ordered, findings::add);
        }
        return findings;
    }

    /** How a finding names another document: its relative path, or its full path when that is ambiguous. */
    static String name(DocumentSummary other, DocumentSummary self) {
        return other.relativePath().equals(self.relativePath()) ? other.path().toString() : other.relativePath();
    }
}
