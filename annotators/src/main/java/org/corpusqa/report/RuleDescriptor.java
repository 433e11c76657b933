package org.corpusqa.report;

import java.util.List;
import java.util.Objects;
import org.corpusqa.check.Severity;
import org.corpusqa.rules.RuleCatalog;
import org.corpusqa.rules.RuleInfo;

/**
 * What a report says about one rule, independent of any finding: SARIF {@code rules[]}, the HTML
 * overview's rule table. The rule catalog builds these; reports only read them.
 *
 * @param id stable rule id, as in {@code Finding.ruleId}, e.g. {@code unresolved-actor}
 * @param category rule category, e.g. {@code reference}
 * @param defaultSeverity the severity the rule reports with unless configured otherwise
 * @param shortDescription one sentence, shown where space is tight
 * @param fullDescription what the rule checks and why
 * @param help how to fix or suppress a finding
 */
public record RuleDescriptor(
        String id,
        String category,
        Severity defaultSeverity,
        String shortDescription,
        String fullDescription,
        String help) {

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a rule id must not be blank");
        }
        category = Objects.requireNonNullElse(category, "");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        shortDescription = Objects.requireNonNullElse(shortDescription, "");
        fullDescription = Objects.requireNonNullElse(fullDescription, "");
        help = Objects.requireNonNullElse(help, "");
    }

    /** The descriptors of every rule in the {@link RuleCatalog}, for SARIF and the review pages. */
    public static List<RuleDescriptor> catalog() {
        return RuleCatalog.all().stream().map(RuleDescriptor::of).toList();
    }

    /** A catalog entry as a report descriptor: its description serves as short and full text. */
    public static RuleDescriptor of(RuleInfo rule) {
        return new RuleDescriptor(
                rule.id(),
                rule.category(),
                rule.defaultSeverity(),
                rule.description(),
                rule.description(),
                rule.hint());
    }
}
