package org.corpusqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corpusqa.check.Finding;

/**
 * Applies the configuration and the suppressions to every finding, the text rules' and the
 * annotators' alike: rules that are off or ignored drop out, severities are set as configured, and
 * findings a suppression matches move to the suppressed list. Suppressions see the configured
 * finding, so a suppression for a rule that is off simply never matches.
 */
public final class FindingFilter {
    private final RuleConfig config;
    private final Suppressions suppressions;

    public FindingFilter(RuleConfig config, Suppressions suppressions) {
        this.config = config;
        this.suppressions = suppressions;
    }

    public FilteredFindings apply(List<Finding> findings) {
        List<Finding> active = new ArrayList<>();
        List<FilteredFindings.SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<Finding> configured = config.apply(finding);
            if (configured.isEmpty()) {
                continue;
            }
            Optional<Suppression> by = suppressions.match(configured.get());
            if (by.isPresent()) {
                suppressed.add(new FilteredFindings.SuppressedFinding(configured.get(), by.get()));
            } else {
                active.add(configured.get());
            }
        }
        return new FilteredFindings(active, suppressed);
    }
}
