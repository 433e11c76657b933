package org.corpusqa.rules;

import org.corpusqa.check.Severity;

/**
 * A byte order mark ({@code U+FEFF}). UTF-8 needs none; at the start it is usually harmless but
 * some tools show it as {@code ï»¿} or count it as a character of the first word, and inside the
 * text it is the trace of files concatenated with their marks.
 */
public final class BomRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "bom",
            "encoding",
            Severity.WARNING,
            "The text contains a byte order mark (U+FEFF), which UTF-8 does not need.",
            "save the file as UTF-8 without BOM, or delete the invisible U+FEFF character");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        String text = document.text();
        for (int i = text.indexOf('\uFEFF'); i >= 0; i = text.indexOf('\uFEFF', i + 1)) {
            String message = i == 0
                    ? "The file starts with a UTF-8 byte order mark (U+FEFF)"
                    : "Stray byte order mark (U+FEFF) inside the text, probably from concatenated files";
            sink.report(document.finding(INFO, i, i + 1, message));
        }
    }
}
