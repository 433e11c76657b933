package org.corpusqa.quotes;

import java.util.List;

/**
 * What {@link QuoteScanner#scan(CharSequence)} found.
 *
 * @param quotes every quote, nested ones included, sorted by begin
 * @param problems unbalanced and mixed marks, sorted by position
 */
public record ScanResult(List<QuoteSpan> quotes, List<ScanProblem> problems) {
    public ScanResult {
        quotes = List.copyOf(quotes);
        problems = List.copyOf(problems);
    }

    /** The quotes that are not inside another quote. */
    public List<QuoteSpan> topLevel() {
        return quotes.stream().filter(q -> q.depth() == 0).toList();
    }
}
