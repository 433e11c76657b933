package org.corpusqa.quotes;

/**
 * A quotation found by {@link QuoteScanner}: the span includes the quote marks.
 *
 * <p>A quote that runs over several paragraphs follows the news convention: every paragraph
 * reopens the quote and only the last one closes it. Each paragraph is its own span (so that a
 * span never crosses a line and a finding points at one line); the pieces are linked through
 * {@link #openEnded()} (this piece goes on in the next paragraph, its span ends at the end of its
 * paragraph and has no closing mark) and {@link #continuesPrevious()} (this piece goes on from
 * the previous paragraph).
 *
 * @param begin offset of the opening mark
 * @param end offset after the closing mark, or after the last non-blank char of the paragraph for
 *     an open-ended piece
 * @param open the opening mark
 * @param close the closing mark, or {@code 0} for an open-ended piece
 * @param depth 0 for a top-level quote, 1 for a quote inside it, and so on
 * @param openEnded whether the quote goes on in the next paragraph
 * @param continuesPrevious whether this piece goes on from an open-ended piece
 */
public record QuoteSpan(
        int begin, int end, char open, char close, int depth, boolean openEnded, boolean continuesPrevious) {

    /** Offset of the first char inside the marks. */
    public int innerBegin() {
        return begin + 1;
    }

    /** Offset after the last char inside the marks. */
    public int innerEnd() {
        return openEnded ? end : end - 1;
    }

    /** Whether the offset lies within the span, marks included. */
    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
