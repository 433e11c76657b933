package org.corpusqa.rules;

import java.util.ArrayList;
import java.util.List;
import org.corpusqa.check.Finding;

/**
 * A check that needs the whole corpus (duplicates, boilerplate) but runs over small
 * {@link DocumentSummary summaries} instead of texts, so that summarising can happen wherever the
 * documents are processed and only the summaries travel to the merge step.
 */
public interface CorpusRule {

    RuleInfo info();

    /**
     * Reports findings over all summaries.
     *
     * @param summaries every document's summary, in corpus order (the first of two duplicates is
     *     the original, the second gets the finding)
     */
    void merge(List<DocumentSummary> summaries, FindingSink sink);

    /** The findings of {@link #merge(List, FindingSink)} as a list. */
    default List<Finding> merge(List<DocumentSummary> summaries) {
        List<Finding> findings = new ArrayList<>();
        merge(summaries, findings::add);
        return findings;
    }
}
