package org.corpusqa.maven;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;

/**
 * The {@code corpusqa} site page: the numbers {@code check} prints (documents, findings,
 * violations at {@code violationSeverity}, suppressed and baselined), findings per rule and
 * severity, and every finding with its {@code file:[line,col]}.
 *
 * <p>Cells are written with {@link #cell} rather than the base class's {@code tableCell}, which
 * would read {@code {text, url}} in a message or hint as a link.
 */
final class ReportRenderer extends AbstractMavenReportRenderer {
    /** Severities from the most to the least serious, the column order of the tables. */
    private static final Severity[] SEVERITIES = {Severity.ERROR, Severity.WARNING, Severity.INFO};

    private final CheckResult result;
    private final Severity threshold;
    private final boolean baselineUsed;
    private final Function<Path, String> relative;

    /**
     * @param threshold {@code violationSeverity}: findings at or above it are the violations
     * @param baselineUsed whether a baseline was applied, so its counts mean something
     * @param relative prints a document path as the console lines do
     */
    ReportRenderer(
            Sink sink, CheckResult result, Severity threshold, boolean baselineUsed, Function<Path, String> relative) {
        super(sink);
        this.result = result;
        this.threshold = threshold;
        this.baselineUsed = baselineUsed;
        this.relative = relative;
    }

    @Override
    public String getTitle() {
        return "corpusqa";
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        paragraph("Unresolved references and corpus findings, counted as corpusqa:check counts them.");
        renderSummary();
        renderBySeverity();
        renderByRule();
        renderFindings();
        endSection();
    }

    private void renderSummary() {
        long violations = result.countAtLeast(threshold);
        startSection("Summary", "summary");
        paragraph(result.documents() + " documents, " + result.findings().size() + " findings, " + violations
                + " violation" + (violations == 1 ? "" : "s") + " at severity " + threshold.label()
                + " or above.");
        startTable();
        tableHeader(new String[] {"Measure", "Count"});
        row("Documents", result.documents());
        row("Findings", result.findings().size());
        row("Violations (severity " + threshold.label() + " or above)", violations);
        row("Suppressed", result.suppressed().size());
        if (baselineUsed) {
            row("In the baseline", result.baselined().size());
            row("Stale baseline entries", result.staleBaselineEntries());
        }
        endTable();
        endSection();
    }

    private void renderBySeverity() {
        startSection("Findings by severity", "severity");
        startTable();
        tableHeader(new String[] {"Severity", "Findings"});
        for (Severity severity : SEVERITIES) {
            row(
                    severity.label(),
                    result.findings().stream()
                            .filter(f -> f.severity() == severity)
                            .count());
        }
        endTable();
        endSection();
    }

    private void renderByRule() {
        Map<String, long[]> counts = new TreeMap<>(); // rule id -> findings per Severity.ordinal()
        Map<String, String> categories = new TreeMap<>();
        for (Finding finding : result.findings()) {
            counts.computeIfAbsent(finding.ruleId(), id -> new long[SEVERITIES.length])[
                    finding.severity().ordinal()]++;
            categories.putIfAbsent(finding.ruleId(), finding.category());
        }
        startSection("Findings by rule", "rules");
        if (counts.isEmpty()) {
            paragraph("No findings.");
            endSection();
            return;
        }
        startTable();
        tableHeader(new String[] {"Rule", "Category", "error", "warning", "info", "Total"});
        counts.forEach((rule, bySeverity) -> {
            sink.tableRow();
            cell(rule);
            cell(categories.get(rule));
            long total = 0;
            for (Severity severity : SEVERITIES) {
                cell(Long.toString(bySeverity[severity.ordinal()]));
                total += bySeverity[severity.ordinal()];
            }
            cell(Long.toString(total));
            sink.tableRow_();
        });
        endTable();
        endSection();
    }

    private void renderFindings() {
        startSection("Findings", "findings");
        if (result.findings().isEmpty()) {
            paragraph("No findings.");
            endSection();
            return;
        }
        startTable();
        tableHeader(new String[] {"Location", "Severity", "Rule", "Message", "Hint"});
        for (Finding finding : result.findings()) {
            sink.tableRow();
            cell(relative.apply(finding.path()) + ":[" + finding.line() + "," + finding.column() + "]");
            cell(finding.severity().label());
            cell(finding.ruleId());
            cell(finding.message());
            cell(finding.hint());
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    private void row(String measure, long count) {
        sink.tableRow();
        cell(measure);
        cell(Long.toString(count));
        sink.tableRow_();
    }

    /** A cell of plain text, escaped by the sink; {@code -} when empty. */
    private void cell(String text) {
        sink.tableCell();
        text(text);
        sink.tableCell_();
    }
}
