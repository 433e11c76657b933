package org.corpusqa.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.Finding;
import org.corpusqa.io.AtomicFiles;
import org.corpusqa.rules.FilteredFindings;

/**
 * Writes findings in Checkstyle's XML result format, which Jenkins warnings-ng, SonarQube and
 * most CI dashboards already read: one {@code <file>} per document with findings and one
 * {@code <error>} per finding (suppressed ones with severity {@code ignore} and their reason), with
 * {@code source} set to {@code corpusqa.<ruleId>}.
 *
 * <p>Written with StAX so memory does not grow with the report, and atomically.
 */
public final class CheckstyleXmlWriter {
    private CheckstyleXmlWriter() {}

    public static void write(CheckResult result, Path target) throws IOException {
        Map<Finding, String> suppressed = new IdentityHashMap<>();
        for (FilteredFindings.SuppressedFinding s : result.suppressed()) {
            suppressed.put(s.finding(), s.suppression().reason());
        }
        AtomicFiles.write(target, out -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement("checkstyle");
                xml.writeAttribute("version", "8.0");
                for (Map.Entry<Path, List<Finding>> file : byFile(result).entrySet()) {
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("file");
                    xml.writeAttribute("name", file.getKey().toAbsolutePath().toString());
                    for (Finding finding : file.getValue()) {
                        String reason = suppressed.get(finding);
                        xml.writeCharacters("\n    ");
                        xml.writeEmptyElement("error");
                        xml.writeAttribute("line", Integer.toString(finding.line()));
                        xml.writeAttribute("column", Integer.toString(finding.column()));
                        xml.writeAttribute(
                                "severity", reason == null ? finding.severity().label() : "ignore");
                        xml.writeAttribute(
                                "message",
                                (reason == null ? "" : "[suppressed: " + reason + "] ")
                                        + finding.message()
                                        + (finding.hint().isEmpty() ? "" : " (" + finding.hint() + ")"));
                        xml.writeAttribute("source", "corpusqa." + finding.ruleId());
                    }
                    xml.writeCharacters("\n  ");
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        });
    }

    private static Map<Path, List<Finding>> byFile(CheckResult result) {
        Map<Path, List<Finding>> files = new LinkedHashMap<>();
        List<Finding> all = new ArrayList<>(result.unreadable());
        all.addAll(result.findings());
        result.suppressed().forEach(s -> all.add(s.finding()));
        all.sort(Comparator.comparing((Finding f) -> f.path().toString()).thenComparingInt(Finding::begin));
        for (Finding finding : all) {
            files.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
        }
        return files;
    }
}
