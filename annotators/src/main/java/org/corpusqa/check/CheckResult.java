package org.corpusqa.check;

import java.nio.file.Path;
import java.util.List;

/**
 * What a check found.
 *
 * @param documents how many documents were selected
 * @param findings every finding, sorted by document, then position
 * @param unreadable findings for documents that could not be read or decoded; such a document has
 *     no XMI and fails the build whatever the thresholds say
 * @param xmiDirectory where the XMI and {@code TypeSystem.xml} were written
 */
public record CheckResult(int documents, List<Finding> findings, List<Finding> unreadable, Path xmiDirectory) {

    public CheckResult {
        findings = List.copyOf(findings);
        unreadable = List.copyOf(unreadable);
    }

    /** Findings at or above the threshold: the ones that count against {@code maxAllowedViolations}. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
