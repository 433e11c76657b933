package org.corpusqa.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;

/**
 * Which rules report and how seriously, as the POM configures it:
 *
 * <pre>{@code
 * <rules>
 *   <unresolved-actor>warning</unresolved-actor>
 *   <nonstandard-space>off</nonstandard-space>
 * </rules>
 * <violationIgnore>typography,missing-date</violationIgnore>
 * }</pre>
 *
 * A rule set to {@code off} or named in {@code violationIgnore} (by id or by category) reports
 * nothing; a severity replaces the rule's default. Both apply to every finding, the annotators'
 * included. Unknown rule ids, categories and severities are errors, because a typo would
 * otherwise silently keep a rule on.
 */
public final class RuleConfig {
    private static final RuleConfig DEFAULTS = new RuleConfig(Map.of(), Set.of());

    /** Severity override by rule id; an empty Optional means off. */
    private final Map<String, Optional<Severity>> severities;

    private final Set<String> ignored;

    private RuleConfig(Map<String, Optional<Severity>> severities, Set<String> ignored) {
        this.severities = severities;
        this.ignored = ignored;
    }

    /** Every rule on, at its default severity. */
    public static RuleConfig defaults() {
        return DEFAULTS;
    }

    /**
     * @param rules rule id to {@code error}, {@code warning}, {@code info} or {@code off}
     *     (case-insensitive); {@code null} for none
     * @param violationIgnore comma-separated rule ids or categories to ignore; {@code null} or blank
     *     for none
     * @throws IllegalArgumentException naming the bad value and the valid ones
     */
    public static RuleConfig of(Map<String, String> rules, String violationIgnore) {
        Map<String, Optional<Severity>> severities = new HashMap<>();
        if (rules != null) {
            for (Map.Entry<String, String> entry : rules.entrySet()) {
                String id = entry.getKey() == null ? "" : entry.getKey().strip();
                if (!RuleCatalog.isRule(id)) {
                    throw new IllegalArgumentException("unknown rule '" + id + "' in <rules> (valid rules: "
                            + String.join(", ", RuleCatalog.ids()) + ")");
                }
                severities.put(id, parseSeverity(id, entry.getValue()));
            }
        }
        Set<String> ignored = new LinkedHashSet<>();
        if (violationIgnore != null) {
            for (String item : violationIgnore.split(",")) {
                String name = item.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!RuleCatalog.isRule(name) && !RuleCatalog.isCategory(name)) {
                    throw new IllegalArgumentException("unknown rule or category '" + name
                            + "' in violationIgnore (valid categories: " + String.join(", ", RuleCatalog.categories())
                            + "; valid rules: " + String.join(", ", RuleCatalog.ids()) + ")");
                }
                ignored.add(name);
            }
        }
        return new RuleConfig(Map.copyOf(severities), Collections.unmodifiableSet(ignored));
    }

    private static Optional<Severity> parseSeverity(String id, String value) {
        String severity = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (severity) {
            case "off" -> Optional.empty();
            case "error", "warning", "info" -> Optional.of(Severity.parse(severity));
            default -> throw new IllegalArgumentException("unknown severity '" + value + "' for rule '" + id
                    + "' in <rules> (valid: error, warning, info, off)");
        };
    }

    /** Whether a rule reports at all: not off and not ignored by id or category. */
    public boolean enabled(String ruleId) {
        Optional<Severity> override = severities.get(ruleId);
        if (override != null && override.isEmpty()) {
            return false;
        }
        if (ignored.contains(ruleId)) {
            return false;
        }
        return RuleCatalog.find(ruleId)
                .map(rule -> !ignored.contains(rule.category()))
                .orElse(true);
    }

    /**
     * The severity a finding of this rule gets: the configured one, else {@code reported}, the
     * severity it was reported with (the rule's default, or what the annotator set).
     */
    public Severity severity(String ruleId, Severity reported) {
        Optional<Severity> override = severities.get(ruleId);
        if (override != null && override.isPresent()) {
            return override.get();
        }
        return reported;
    }

    /**
     * The finding as configured: {@link Optional#empty()} when its rule is off or ignored (by id,
     * by the catalog category or by the finding's own category), else with the configured severity.
     */
    public Optional<Finding> apply(Finding finding) {
        if (!enabled(finding.ruleId()) || ignored.contains(finding.category())) {
            return Optional.empty();
        }
        Severity severity = severity(finding.ruleId(), finding.severity());
        if (severity == finding.severity()) {
            return Optional.of(finding);
        }
        return Optional.of(new Finding(
                finding.path(),
                finding.document(),
                finding.line(),
                finding.column(),
                finding.begin(),
                finding.end(),
                finding.ruleId(),
                finding.category(),
                severity,
                finding.message(),
                finding.hint(),
                finding.text()));
    }

    @Override
    public String toString() {
        return "RuleConfig[severities=" + severities + ", ignored=" + ignored + "]";
    }
}
