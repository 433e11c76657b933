package org.corpusqa.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.Finding;
import org.corpusqa.io.AtomicFiles;
import org.corpusqa.io.Utf8XmlBuffer;
import org.corpusqa.rules.FilteredFindings;

/**
 * Writes findings in Checkstyle's XML result format, which Jenkins warnings-ng, SonarQube and
 * most CI dashboards already read: one {@code <file>} per document with findings and one
 * {@code <error>} per finding (suppressed ones with severity {@code ignore} and their reason), with
 * {@code source} set to {@code corpusqa.<ruleId>}.
 *
 * <p>The format is five attributes per element, so it is written straight into a UTF-8 buffer that
 * is flushed every 64 KB, not through StAX: on a corpus with 140,000 findings StAX's per-character
 * escaping made this file the slowest part of a re-run. Characters XML cannot carry become U+FFFD.
 * Written atomically.
 */
public final class CheckstyleXmlWriter {
    private static final int FLUSH_BYTES = 1 << 16;
    private static final byte[] HEADER =
            Utf8XmlBuffer.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"8.0\">");
    private static final byte[] FILE = Utf8XmlBuffer.ascii("\n  <file name=\"");
    private static final byte[] FILE_END = Utf8XmlBuffer.ascii("\n  </file>");
    private static final byte[] ERROR_LINE = Utf8XmlBuffer.ascii("\n    <error line=\"");
    private static final byte[] COLUMN = Utf8XmlBuffer.ascii("\" column=\"");
    private static final byte[] SEVERITY = Utf8XmlBuffer.ascii("\" severity=\"");
    private static final byte[] MESSAGE = Utf8XmlBuffer.ascii("\" message=\"");
    private static final byte[] SOURCE = Utf8XmlBuffer.ascii("\" source=\"corpusqa.");
    private static final byte[] EMPTY_END = Utf8XmlBuffer.ascii("\"/>");
    private static final byte[] FOOTER = Utf8XmlBuffer.ascii("\n</checkstyle>\n");

    private CheckstyleXmlWriter() {}

    public static void write(CheckResult result, Path target) throws IOException {
        Map<Finding, String> suppressed = new IdentityHashMap<>();
        for (FilteredFindings.SuppressedFinding s : result.suppressed()) {
            suppressed.put(s.finding(), s.suppression().reason());
        }
        List<Finding> findings = inFileOrder(result);
        AtomicFiles.write(target, out -> write(findings, suppressed, out));
    }

    private static void write(List<Finding> findings, Map<Finding, String> suppressed, OutputStream out)
            throws IOException {
        Utf8XmlBuffer xml = new Utf8XmlBuffer();
        xml.append(HEADER);
        Path file = null;
        for (Finding finding : findings) {
            if (!finding.path().equals(file)) {
                if (file != null) {
                    xml.append(FILE_END);
                }
                file = finding.path();
                xml.append(FILE);
                xml.appendEscapedReplacing(file.toAbsolutePath().toString());
                xml.appendAscii("\">");
            }
            writeError(xml, finding, suppressed.get(finding));
            xml.flushOver(FLUSH_BYTES, out);
        }
        if (file != null) {
            xml.append(FILE_END);
        }
        xml.append(FOOTER);
        xml.writeTo(out);
    }

    private static void writeError(Utf8XmlBuffer xml, Finding finding, String suppressionReason) {
        xml.append(ERROR_LINE);
        xml.appendInt(finding.line());
        xml.append(COLUMN);
        xml.appendInt(finding.column());
        xml.append(SEVERITY);
        xml.appendAscii(suppressionReason == null ? finding.severity().label() : "ignore");
        xml.append(MESSAGE);
        if (suppressionReason != null) {
            xml.appendEscapedReplacing("[suppressed: " + suppressionReason + "] ");
        }
        xml.appendEscapedReplacing(finding.message());
        if (!finding.hint().isEmpty()) {
            xml.appendEscapedReplacing(" (" + finding.hint() + ")");
        }
        xml.append(SOURCE);
        xml.appendEscapedReplacing(finding.ruleId());
        xml.append(EMPTY_END);
    }

    /** Unreadable, active and suppressed findings together, by document and then by offset. */
    private static List<Finding> inFileOrder(CheckResult result) {
        List<Finding> all = new ArrayList<>(result.unreadable());
        all.addAll(result.findings());
        result.suppressed().forEach(s -> all.add(s.finding()));
        all.sort(Comparator.comparing(Finding::path).thenComparingInt(Finding::begin));
        return all;
    }
}
