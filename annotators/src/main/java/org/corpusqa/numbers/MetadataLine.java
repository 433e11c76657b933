package org.corpusqa.numbers;

/**
 * The optional metadata line at the start of a document, {@code date YYYY-MM[-DD]} (GUIDELINES:
 * Documents). Its date is not body text, so no number is read from it; it may still give the
 * document date.
 */
final class MetadataLine {
    private MetadataLine() {}

    /** The first token after the metadata date, or 0 when the document has none. */
    static int bodyStart(TokenSequence t) {
        int end = dateEnd(t);
        return end < 0 ? 0 : end + 1;
    }

    /** The metadata date as written, or {@code ""}. */
    static String date(TokenSequence t) {
        int end = dateEnd(t);
        return end < 0 ? "" : t.text().substring(t.begin(1), t.end(end));
    }

    /** The last token of the metadata date, or -1. */
    private static int dateEnd(TokenSequence t) {
        if (!t.is(0, "date") || !t.isDigits(1) || t.length(1) != 4 || t.hasSeparators(1)) {
            return -1;
        }
        int end = 1;
        for (int part = 0; part < 2 && joinedTwoDigits(t, end); part++) {
            end += 2;
        }
        return end == 1 ? -1 : end;
    }

    private static boolean joinedTwoDigits(TokenSequence t, int last) {
        return t.touchesNext(last)
                && t.isSymbol(last + 1, '-')
                && t.touchesNext(last + 1)
                && t.isDigits(last + 2)
                && t.length(last + 2) == 2
                && !t.hasSeparators(last + 2);
    }
}
