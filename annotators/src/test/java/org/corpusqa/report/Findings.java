package org.corpusqa.report;

import java.nio.file.Path;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;

/** Findings for tests, with the line and column of {@code begin} in {@code text}. */
final class Findings {
    private Findings() {}

    static Finding at(Path root, String document, String text, int begin, int end, String ruleId, Severity severity) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < begin; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Finding(
                root.resolve(document),
                document,
                line,
                begin - lineStart + 1,
                begin,
                end,
                ruleId,
                "reference",
                severity,
                "unresolved mention '" + text.substring(begin, end) + "'",
                "add it to actors.yml",
                text.substring(begin, end));
    }
}
