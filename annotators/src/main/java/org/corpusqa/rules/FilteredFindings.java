package org.corpusqa.rules;

import java.util.List;
import org.corpusqa.check.Finding;

/**
 * Findings after configuration and suppressions.
 *
 * @param active findings that count, with their configured severity, in input order
 * @param suppressed findings a suppression silenced: not counted, but listed in reports
 */
public record FilteredFindings(List<Finding> active, List<SuppressedFinding> suppressed) {

    public FilteredFindings {
        active = List.copyOf(active);
        suppressed = List.copyOf(suppressed);
    }

    /** A silenced finding and the entry that silenced it (for its reason and location). */
    public record SuppressedFinding(Finding finding, Suppression suppression) {}
}
