package org.corpusqa.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.corpusqa.text.LineIndex;

/**
 * Turns the {@code Finding} annotations of an annotated CAS into small {@link Finding} records
 * with line and column, so the CAS can be reset and reused for the next document.
 */
final class FindingCollector {
    private FindingCollector() {}

    static List<Finding> collect(JCas jcas, Path path, String document) {
        String text = jcas.getDocumentText();
        LineIndex lines = new LineIndex(text);
        List<Finding> findings = new ArrayList<>();
        for (org.corpusqa.type.Finding f : JCasUtil.select(jcas, org.corpusqa.type.Finding.class)) {
            findings.add(new Finding(
                    path,
                    document,
                    lines.line(f.getBegin()),
                    lines.column(f.getBegin()),
                    f.getBegin(),
                    f.getEnd(),
                    f.getRuleId(),
                    f.getCategory(),
                    Severity.parse(f.getSeverity()),
                    f.getMessage(),
                    nullToEmpty(f.getHint()),
                    f.getCoveredText()));
        }
        return findings;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
