package org.corpusqa.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpusqa.rules.FilteredFindings;

/**
 * What a check found.
 *
 * @param documents how many documents were selected
 * @param reused how many of them were unchanged since the last run and taken from the cache
 * @param findings the findings that count (after configuration, suppressions and baseline), sorted by document, then position
 * @param unreadable findings for documents that could not be read or decoded; such a document has
 *     no XMI and fails the build whatever the thresholds say
 * @param xmiDirectory where the XMI and {@code TypeSystem.xml} were written
 * @param suppressed findings a suppression accepted: not counted, listed in the result file
 * @param baselined findings present in the baseline: not counted
 * @param staleBaselineEntries baseline entries that no longer occur (fixed since, can be removed)
 * @param annotatedDocuments relative paths of the documents that have XMI, in corpus order
 * @param stageMillis CPU-thread milliseconds per stage (annotator or XMI writing), summed over workers;
 *     with the HTML report also {@code html-report}, which adds the wall time of its final step
 */
public record CheckResult(
        int documents,
        int reused,
        List<Finding> findings,
        List<Finding> unreadable,
        Path xmiDirectory,
        Map<String, Long> stageMillis,
        List<String> annotatedDocuments,
        List<FilteredFindings.SuppressedFinding> suppressed,
        List<Finding> baselined,
        int staleBaselineEntries) {

    public CheckResult {
        findings = List.copyOf(findings);
        unreadable = List.copyOf(unreadable);
        stageMillis = Map.copyOf(stageMillis);
        annotatedDocuments = List.copyOf(annotatedDocuments);
        suppressed = List.copyOf(suppressed);
        baselined = List.copyOf(baselined);
    }

    /** Findings at or above the threshold: the ones that count against {@code maxAllowedViolations}. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
