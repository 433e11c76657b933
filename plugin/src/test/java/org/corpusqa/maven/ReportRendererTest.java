package org.corpusqa.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.junit.jupiter.api.Test;

class ReportRendererTest {
    private static final Path MODULE = Path.of("/project");

    private static Finding finding(String document, int line, String rule, Severity severity, String message) {
        return new Finding(
                MODULE.resolve("corpus").resolve(document),
                document,
                line,
                5,
                0,
                4,
                rule,
                "reference",
                severity,
                message,
                "add it to the registry",
                "text");
    }

    private static CheckResult result(List<Finding> findings, List<Finding> baselined) {
        return new CheckResult(
                3, 1, findings, List.of(), MODULE.resolve("target/xmi"), Map.of(), List.of(), List.of(), baselined, 2);
    }

    private static String render(CheckResult result, Severity threshold, boolean baselineUsed) {
        StringWriter html = new StringWriter();
        new ReportRenderer(new Xhtml5BaseSink(html), result, threshold, baselineUsed, path -> MODULE.relativize(path)
                        .toString())
                .render();
        return html.toString();
    }

    private static final List<Finding> FINDINGS = List.of(
            finding("a.txt", 3, "unresolved-actor", Severity.ERROR, "Unknown actor 'Jane Doeland'"),
            finding("a.txt", 7, "unresolved-actor", Severity.ERROR, "Unknown actor <Ria & {Sorn, http://x}>"),
            finding("b.txt", 1, "missing-date", Severity.WARNING, "No date for b.txt"));

    @Test
    void summaryCountsViolationsAtTheThresholdAsCheckDoes() {
        String html = render(result(FINDINGS, List.of()), Severity.ERROR, false);

        assertThat(html).contains("3 documents, 3 findings, 2 violations at severity error or above.");
        assertThat(render(result(FINDINGS, List.of()), Severity.WARNING, false))
                .contains("3 findings, 3 violations at severity warning or above.");
    }

    @Test
    void countsFindingsPerRuleAndSeverity() {
        String html = render(result(FINDINGS, List.of()), Severity.ERROR, false).replaceAll("\\s+", "");

        assertThat(html)
                .containsPattern("<td>unresolved-actor</td><td>reference</td><td>2</td><td>0</td><td>0</td><td>2</td>");
        assertThat(html)
                .containsPattern("<td>missing-date</td><td>reference</td><td>0</td><td>1</td><td>0</td><td>1</td>");
    }

    @Test
    void listsEachFindingWithItsCheckstyleLocationAsPlainText() {
        String html = render(result(FINDINGS, List.of()), Severity.ERROR, false);

        assertThat(html).contains("corpus/a.txt:[3,5]").contains("Unknown actor 'Jane Doeland'");
        assertThat(html).contains("add it to the registry");
        assertThat(html)
                .contains("Unknown actor &lt;Ria &amp; {Sorn, http://x}&gt;")
                .doesNotContain("href=\"http://x\"");
    }

    @Test
    void baselineCountsAppearOnlyWhenABaselineIsUsed() {
        CheckResult result = result(FINDINGS.subList(0, 1), FINDINGS.subList(1, 3));

        assertThat(render(result, Severity.ERROR, true))
                .contains("In the baseline")
                .contains("Stale baseline entries");
        assertThat(render(result, Severity.ERROR, false)).doesNotContain("In the baseline");
    }

    @Test
    void anEmptyResultSaysSo() {
        String html = render(result(List.of(), List.of()), Severity.ERROR, false);

        assertThat(html).contains("0 findings, 0 violations").contains("No findings.");
    }
}
