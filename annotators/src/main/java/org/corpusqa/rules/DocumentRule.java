package org.corpusqa.rules;

import java.util.ArrayList;
import java.util.List;
import org.corpusqa.check.Finding;

/**
 * A check of one decoded document on its own, without the CAS: it sees the text, the parsed head
 * and the date, and reports findings with line and column. Rules are stateless and thread-safe,
 * so one instance serves every worker.
 */
public interface DocumentRule {

    /** The rule's id, category, default severity, description and hint. */
    RuleInfo info();

    void check(SourceDocumentView document, FindingSink sink);

    /** The findings of {@link #check(SourceDocumentView, FindingSink)} as a list. */
    default List<Finding> check(SourceDocumentView document) {
        List<Finding> findings = new ArrayList<>();
        check(document, findings::add);
        return findings;
    }
}
