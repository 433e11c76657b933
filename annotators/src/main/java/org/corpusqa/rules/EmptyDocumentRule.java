package org.corpusqa.rules;

import org.corpusqa.check.Severity;

/**
 * A document with no text, or with nothing but a date line: an export or scraping step failed and
 * the corpus counts a document that has no content. Reported at line 1, column 1.
 */
public final class EmptyDocumentRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "empty-document",
            "structure",
            Severity.ERROR,
            "The document has no text apart from, at most, a date line.",
            "fill in the text from the source, or remove the file from the corpus");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        if (isEmpty(document)) {
            String message = document.header().bodyBegin() > 0
                    ? "The document has a date line but no text"
                    : "The document is empty";
            sink.report(document.finding(INFO, 0, 0, message));
        }
    }

    /** Whether nothing but spaces follows the date line (or the start, when there is none). */
    static boolean isEmpty(SourceDocumentView document) {
        String text = document.text();
        int begin = document.header().bodyBegin();
        return TextUtil.skipSpaces(document.chars(), begin, text.length()) == text.length();
    }
}
