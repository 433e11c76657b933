package org.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.corpusqa.rules.FilteredFindings;
import org.corpusqa.rules.Suppression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The result file is what Jenkins warnings-ng and similar tools parse: it must be well-formed Checkstyle XML. */
class CheckstyleXmlWriterTest {
    private static final String TEXT = "Intro.\nMr Smith & <Jones> said \"so\".";

    @TempDir
    Path dir;

    @Test
    void oneFileElementPerDocumentAndOneErrorPerFindingWithEscapedText() throws Exception {
        Finding smith = Findings.at(dir, "b.txt", TEXT, 7, 15, "unresolved-actor", Severity.ERROR);
        Finding jones = Findings.at(dir, "b.txt", TEXT, 18, 25, "unresolved-actor", Severity.WARNING);
        Finding first = Findings.at(dir, "a.txt", TEXT, 0, 5, "missing-title", Severity.INFO);
        Finding accepted = Findings.at(dir, "a.txt", TEXT, 7, 9, "unresolved-actor", Severity.ERROR);
        Suppression suppression =
                new Suppression("unresolved-actor", null, null, null, "a \"known\" nickname", "s.yml", 3);
        CheckResult result = new CheckResult(
                2,
                0,
                List.of(jones, smith, first),
                List.of(),
                dir.resolve("xmi"),
                Map.of(),
                List.of("a.txt", "b.txt"),
                List.of(new FilteredFindings.SuppressedFinding(accepted, suppression)),
                List.of(),
                0);
        Path target = dir.resolve("result.xml");

        CheckstyleXmlWriter.write(result, target);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile());
        NodeList files = xml.getDocumentElement().getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(2);
        Element a = (Element) files.item(0);
        Element b = (Element) files.item(1);
        assertThat(a.getAttribute("name"))
                .isEqualTo(dir.resolve("a.txt").toAbsolutePath().toString());
        assertThat(errors(a)).hasSize(2);
        assertThat(errors(a).get(1).getAttribute("severity")).isEqualTo("ignore");
        assertThat(errors(a).get(1).getAttribute("message"))
                .startsWith("[suppressed: a \"known\" nickname] unresolved mention 'Mr'");
        List<Element> bErrors = errors(b);
        assertThat(bErrors).extracting(e -> e.getAttribute("line")).containsExactly("2", "2");
        assertThat(bErrors).extracting(e -> e.getAttribute("column")).containsExactly("1", "12");
        assertThat(bErrors.get(1).getAttribute("message"))
                .isEqualTo("unresolved mention '<Jones>' (add it to actors.yml)");
        assertThat(bErrors.get(1).getAttribute("severity")).isEqualTo("warning");
        assertThat(bErrors.get(1).getAttribute("source")).isEqualTo("corpusqa.unresolved-actor");
    }

    @Test
    void characterXmlCannotCarryBecomesAReplacementCharacter() throws Exception {
        Finding control = new Finding(
                dir.resolve("c.txt"),
                "c.txt",
                1,
                1,
                0,
                1,
                "control-character",
                "encoding",
                Severity.ERROR,
                "U+0001 in 'a\u0001b'",
                "",
                "\u0001");
        CheckResult result = new CheckResult(
                1, 0, List.of(control), List.of(), dir, Map.of(), List.of("c.txt"), List.of(), List.of(), 0);
        Path target = dir.resolve("result.xml");

        CheckstyleXmlWriter.write(result, target);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile());
        Element error = (Element) xml.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo("U+0001 in 'a\uFFFDb'");
    }

    private static List<Element> errors(Element file) {
        NodeList nodes = file.getElementsByTagName("error");
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> (Element) nodes.item(i))
                .toList();
    }
}
