/**
 * Quotes (GUIDELINES: Quote): marks, DIRECT or PARTIAL, and the speaker.
 *
 * <p>{@link org.corpusqa.quotes.QuoteAnnotator} is the UIMA face; everything else is CAS-free:
 * {@link org.corpusqa.quotes.QuoteScanner} finds the marks, {@link
 * org.corpusqa.quotes.QuoteAnalyzer} runs the classifier and the speaker rules over actor {@link
 * org.corpusqa.quotes.Mention}s.
 *
 * <p>Decisions the guidelines leave open:
 *
 * <ul>
 *   <li>A quote over several paragraphs (each reopens it, only the last closes it) is one Quote
 *       per paragraph piece, all DIRECT and all with the same speaker; an open-ended piece has no
 *       closing mark and ends at its paragraph's last char. So a span never crosses a line.
 *   <li>A quote inside a quote is part of the outer one and gets no Quote of its own.
 *   <li>An unclosed quote gets no Quote, only an {@code unbalanced-quote} finding at its mark:
 *       where it was meant to end is unknown. A straight {@code '} that may be an apostrophe is
 *       never reported.
 *   <li>A mixed pair ({@code “…"}) is a Quote plus a {@code mixed-quote-marks} finding at the
 *       closing mark.
 *   <li>A pronoun speaker becomes a PRONOUN Actor only when its antecedent resolves; otherwise
 *       the quote's speaker is the unresolved antecedent and no second unresolved actor is made.
 *   <li>Speakers are looked for within a window of 150 tokens inside the sentence, which keeps the annotator linear in the text length.
 * </ul>
 */
package org.corpusqa.quotes;
