package org.corpusqa.rules;

import java.util.ArrayList;
import java.util.List;
import org.corpusqa.check.Finding;

/**
 * Renders findings as {@code [line,column] rule 'covered text'} lines, so that a failing assertion
 * is one readable diff of what was found against what was expected.
 */
final class Findings {
    private Findings() {}

    static List<String> of(DocumentRule rule, String text) {
        return of(rule, SourceDocumentView.of("doc.txt", text));
    }

    static List<String> of(DocumentRule rule, SourceDocumentView document) {
        List<Finding> findings = new ArrayList<>();
        rule.check(document, findings::add);
        return render(findings);
    }

    static List<Finding> list(DocumentRule rule, String text) {
        List<Finding> findings = new ArrayList<>();
        rule.check(SourceDocumentView.of("doc.txt", text), findings::add);
        return findings;
    }

    static List<String> render(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(render(f));
        }
        return lines;
    }

    static String render(Finding f) {
        return "[" + f.line() + "," + f.column() + "] " + f.ruleId() + " '" + visible(f.text()) + "'";
    }

    /** Invisible chars as {@code <U+00A0>}, so expectations can be written and read. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || (type == Character.SPACE_SEPARATOR && c != ' ')) {
                out.append(String.format("<U+%04X>", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
