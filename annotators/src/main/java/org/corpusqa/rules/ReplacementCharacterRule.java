package org.corpusqa.rules;

import org.corpusqa.check.Severity;

/**
 * The replacement character {@code U+FFFD}: an earlier tool could not decode some bytes and
 * replaced them, so the original characters are lost. The corpus reader never inserts it (it fails
 * on malformed input instead), so any U+FFFD was in the file already. A run of them is one finding.
 */
public final class ReplacementCharacterRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "replacement-character",
            "encoding",
            Severity.ERROR,
            "The text contains U+FFFD, the mark an earlier decoder left where it lost characters.",
            "restore the lost characters from the original source");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        String text = document.text();
        int i = text.indexOf('\uFFFD');
        while (i >= 0) {
            int end = i + 1;
            while (end < text.length() && text.charAt(end) == '\uFFFD') {
                end++;
            }
            int count = end - i;
            sink.report(document.finding(
                    INFO,
                    i,
                    end,
                    count == 1
                            ? "Replacement character U+FFFD: a character was lost in an earlier decoding"
                            : count + " replacement characters U+FFFD: characters were lost in an earlier decoding"));
            i = text.indexOf('\uFFFD', end);
        }
    }
}
