package org.corpusqa.quotes;

import java.util.List;

/**
 * The result of {@link QuoteAnalyzer#analyze(String, List)}.
 *
 * @param quotes the top-level quotes in text order; nested quotes are part of their outer quote
 * @param pronouns PRONOUN speaker mentions to add as actors (kind and entityId of the antecedent)
 * @param problems unbalanced and mixed quote marks
 */
public record QuoteAnalysis(List<FoundQuote> quotes, List<Mention> pronouns, List<ScanProblem> problems) {
    public QuoteAnalysis {
        quotes = List.copyOf(quotes);
        pronouns = List.copyOf(pronouns);
        problems = List.copyOf(problems);
    }
}
