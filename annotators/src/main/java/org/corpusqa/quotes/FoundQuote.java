package org.corpusqa.quotes;

/**
 * A quote with its kind and speaker, ready to become a {@code Quote} annotation.
 *
 * @param span where the quote is
 * @param kind DIRECT or PARTIAL
 * @param attribution who said it
 */
public record FoundQuote(QuoteSpan span, QuoteKind kind, Attribution attribution) {
    /** GUIDELINES: a DIRECT quote whose speaker is missing or unresolved is an unresolved reference. */
    public boolean unresolved() {
        return kind == QuoteKind.DIRECT && !attribution.resolved();
    }
}
