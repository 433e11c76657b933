package org.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.junit.jupiter.api.Test;

class PlainWriterTest {
    private static final Path BASE = Path.of("/work/module").toAbsolutePath();
    private static final String TEXT = "Intro.\nMr Smith said so.";

    @Test
    void printsPathPositionCategoryRuleMessageAndHint() {
        Finding finding =
                Findings.at(BASE.resolve("corpus"), "news/a.txt", TEXT, 7, 15, "unresolved-actor", Severity.ERROR);

        assertThat(new PlainWriter(BASE).format(finding))
                .isEqualTo("corpus/news/a.txt:[2,1] (reference) unresolved-actor: unresolved mention 'Mr Smith'"
                        + " (add it to actors.yml)");
    }

    @Test
    void printsAnAbsolutePathOutsideTheBaseDirectory() {
        Finding finding = Findings.at(Path.of("/other"), "a.txt", TEXT, 7, 15, "unresolved-actor", Severity.ERROR);

        assertThat(new PlainWriter(BASE).format(finding))
                .startsWith(Path.of("/other/a.txt").toAbsolutePath().toString().replace('\\', '/') + ":[2,1]");
    }

    @Test
    void keepsOneFindingOnOneLine() {
        Finding finding = new Finding(
                BASE.resolve("a.txt"), "a.txt", 1, 1, 0, 1, "r", "c", Severity.WARNING, "first\r\n  second", "", "x");

        assertThat(new PlainWriter(BASE).format(finding)).isEqualTo("a.txt:[1,1] (c) r: first second");
    }

    @Test
    void writesOneLinePerFinding() throws IOException {
        List<Finding> findings = List.of(
                Findings.at(BASE, "a.txt", TEXT, 0, 5, "rule-a", Severity.ERROR),
                Findings.at(BASE, "b.txt", TEXT, 7, 9, "rule-b", Severity.INFO));
        StringWriter out = new StringWriter();

        new PlainWriter(BASE).write(findings, out);

        assertThat(out.toString().split("\n", -1))
                .hasSize(3)
                .satisfies(lines -> assertThat(lines[0]).startsWith("a.txt:[1,1] (reference) rule-a: "))
                .satisfies(lines -> assertThat(lines[1]).startsWith("b.txt:[2,1] (reference) rule-b: "))
                .satisfies(lines -> assertThat(lines[2]).isEmpty());
    }
}
