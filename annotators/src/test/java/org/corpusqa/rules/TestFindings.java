package org.corpusqa.rules;

import java.nio.file.Path;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;

/** Hand-made findings for the configuration, suppression and baseline tests. */
final class TestFindings {
    private TestFindings() {}

    static Finding finding(String ruleId, String document, int line, int column, int begin, String text) {
        String category = RuleCatalog.find(ruleId).map(RuleInfo::category).orElse("other");
        Severity severity =
                RuleCatalog.find(ruleId).map(RuleInfo::defaultSeverity).orElse(Severity.ERROR);
        return new Finding(
                Path.of("corpus", document),
                document,
                line,
                column,
                begin,
                begin + text.length(),
                ruleId,
                category,
                severity,
                "message",
                "hint",
                text);
    }

    static Finding actor(String document, int line, int column, int begin, String name) {
        return finding("unresolved-actor", document, line, column, begin, name);
    }
}
