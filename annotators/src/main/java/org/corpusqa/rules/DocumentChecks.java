package org.corpusqa.rules;

import java.util.ArrayList;
import java.util.List;
import org.corpusqa.check.Finding;

/**
 * Runs the enabled text rules of the {@link RuleCatalog} over one document. Rules that are off or
 * ignored are not run at all; severities are left to the {@link FindingFilter}, which sees the
 * annotators' findings too. Thread-safe: one instance serves every worker.
 */
public final class DocumentChecks {
    private final List<DocumentRule> rules;

    /** Every text rule. */
    public DocumentChecks() {
        this(RuleConfig.defaults());
    }

    /** The text rules the configuration enables. */
    public DocumentChecks(RuleConfig config) {
        List<DocumentRule> enabled = new ArrayList<>();
        for (DocumentRule rule : RuleCatalog.documentRules()) {
            if (config.enabled(rule.info().id())) {
                enabled.add(rule);
            }
        }
        this.rules = List.copyOf(enabled);
    }

    /** Findings of all enabled rules, in rule order, each rule's in text order. */
    public List<Finding> check(SourceDocumentView document) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentRule rule : rules) {
            rule.check(document, findings::add);
        }
        return findings;
    }

    public List<DocumentRule> rules() {
        return rules;
    }
}
