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

    /** The key a line is first compared by; equal normalised texts must get equal keys. */
    @FunctionalInterface
    interface LineKey {
        long of(char[] text, int begin, int end);
    }

    private final LineKey lineKey;

    public DuplicateParagraphRule() {
        this(TextUtil::normalizedKey);
    }

    /** With another line key: the tests give every line the same key to exercise collisions. */
    DuplicateParagraphRule(LineKey lineKey) {
        this.lineKey = lineKey;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Lines are compared by a 64-bit key of their normalised text ({@link TextUtil#normalizedKey}),
     * so a line costs one pass and no allocation; the text itself is compared only when two keys
     * are equal, and two different lines that share a key go on to be compared by text.
     */
    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        char[] text = document.chars();
        int bodyBegin = document.header().bodyBegin();
        Map<Long, FirstLine> firstLineByKey = new HashMap<>();
        Map<String, Integer> firstLineByText = new HashMap<>();
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
            FirstLine sameKey =
                    firstLineByKey.putIfAbsent(lineKey.of(text, begin, end), new FirstLine(line, begin, end));
            if (sameKey == null) {
                continue;
            }
            Integer first = sameKey.line();
            String normalized = TextUtil.normalize(text, begin, end);
            if (!normalized.equals(TextUtil.normalize(text, sameKey.begin(), sameKey.end()))) {
                first = firstLineByText.putIfAbsent(normalized, line);
            }
            if (first != null) {
                sink.report(document.finding(INFO, begin, end, "Paragraph repeats line " + first));
            }
        }
    }

    /** The first line with a key, and its trimmed span, to compare a later line's text with. */
    private record FirstLine(int line, int begin, int end) {}
}
