package org.corpusqa.rules;

import java.util.Objects;
import org.corpusqa.check.Severity;

/**
 * What a rule is, independent of any finding: the stable id users write in {@code <rules>},
 * suppressions and baselines, the category {@code violationIgnore} can name, the severity a finding
 * gets unless the configuration overrides it, and the text a SARIF {@code rules[]} entry or the
 * documentation shows.
 *
 * @param id stable kebab-case id, e.g. {@code mojibake}
 * @param category group of rules, e.g. {@code encoding}
 * @param defaultSeverity severity unless {@link RuleConfig} says otherwise
 * @param description one sentence saying what the rule reports
 * @param hint how to fix or suppress a finding of this rule
 */
public record RuleInfo(String id, String category, Severity defaultSeverity, String description, String hint) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(hint, "hint");
    }
}
