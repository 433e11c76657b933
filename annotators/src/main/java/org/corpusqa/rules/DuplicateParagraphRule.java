package org.corpusqa.rules;

import java.util.HashMap;
import java.util.Map;
import org.corpusqa.check.Severity;

/**
 * A line of at least {@value #MIN_WORDS} words that repeats an earlier line of the same document,
 * compared after folding case, diacritics and apostrophes and collapsing spaces: the typical trace
 * of a scraper that took both the teaser and the article, or of a copy-paste slip. Reported at the
 * repetition, naming the first line; in a repeated multi-line paragraph every line is reported.
 * Shorter lines are left to the boilerplate rule, which knows which short lines are legitimate.
 */
public final class DuplicateParagraphRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "duplicate-paragraph",
            "duplication",
            Severity.WARNING,
            "A paragraph (line) repeats an earlier one of the same document.",
            "delete the repetition");

    static final int MIN_WORDS = 5;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        char[] text = document.chars();
        int bodyBegin = document.header().bodyBegin();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int line = 1; line <= document.lines().lineCount(); line++) {
            int end = document.lineEnd(line);
            if (end <= bodyBegin) {
                continue;
            }
            int begin = TextUtil.skipSpaces(text, Math.max(document.lineBegin(line), bodyBegin), end);
            end = TextUtil.trimEnd(text, begin, end);
            if (TextUtil.countWords(text, begin, end) < MIN_WORDS) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(TextUtil.normalize(text, begin, end), line);
            if (first != null) {
                sink.report(document.finding(INFO, begin, end, "Paragraph repeats line " + first));
            }
        }
    }
}
