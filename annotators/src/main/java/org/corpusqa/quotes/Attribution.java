package org.corpusqa.quotes;

/**
 * Who said a quote, and how that was found.
 *
 * @param speaker the speaker mention, or null; with a non-empty {@code rule} and no speaker, the
 *     rule found where the speaker stands but it is no actor ({@code a spokesman said})
 * @param speakerId the speaker's entity id(s), ',' separated; empty when unresolved
 * @param rule the rule that found it ({@code verb-after}, {@code verb-before}, {@code
 *     according-to}, {@code colon}, {@code quoted-predicate}, {@code previous-sentence}, {@code
 *     previous-paragraph}, {@code continued-quote}); empty when no rule applied
 */
public record Attribution(Mention speaker, String speakerId, String rule) {
    /** No rule applied. */
    public static final Attribution NONE = new Attribution(null, "", "");

    /** Whether the quote has a speaker that resolves to the registry. */
    public boolean resolved() {
        return speaker != null && !speakerId.isEmpty();
    }
}
