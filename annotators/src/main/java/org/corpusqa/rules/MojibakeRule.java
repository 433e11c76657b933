package org.corpusqa.rules;

import org.corpusqa.check.Severity;

/**
 * Mojibake: UTF-8 text that went through a Windows-1252 or Latin-1 decoder ({@code Ã©},
 * {@code â€™}, {@code Ã¼}, {@code â€œ}). Names then no longer match the registry and quotes no
 * longer pair. Adjacent sequences are one finding, and the message says what the text should
 * read, since the repair is mechanical.
 */
public final class MojibakeRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "mojibake",
            "encoding",
            Severity.ERROR,
            "The text contains UTF-8 that was decoded as Windows-1252 or Latin-1 (Ã© for é, â€™ for ’).",
            "re-import the source as UTF-8, or replace the sequence with the character the message names");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        if (!document.containsAny(Mojibake.LEADS)) {
            return;
        }
        String text = document.text();
        int i = 0;
        while (i < text.length()) {
            int end = Mojibake.match(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            int begin = i;
            for (int next = Mojibake.match(text, end); next > 0; next = Mojibake.match(text, end)) {
                end = next;
            }
            String covered = text.substring(begin, end);
            sink.report(document.finding(
                    INFO,
                    begin,
                    end,
                    "Mojibake '" + covered + "': UTF-8 read as Windows-1252; it should read '"
                            + Mojibake.repair(covered) + "'"));
            i = end;
        }
    }
}
