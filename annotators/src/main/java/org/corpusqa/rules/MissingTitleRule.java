package org.corpusqa.rules;

import java.util.regex.Pattern;
import org.corpusqa.check.Severity;

/**
 * A document whose first line is body text rather than a headline: the guidelines make the first
 * non-empty line the title, so the lead paragraph would be taken as the title and its actors
 * annotated as title context. A first line counts as body text when it
 *
 * <ul>
 *   <li>starts with an upper-case dateline ({@code WASHINGTON:}, {@code MOSCOW (Reuters) -}) and
 *       has at least {@value #DATELINE_MIN_WORDS} words, or
 *   <li>ends with a full stop and has at least {@value #SENTENCE_MIN_WORDS} words, or
 *   <li>has more than {@value #MAX_TITLE_WORDS} words.
 * </ul>
 *
 * Headlines are rarely longer than 20 words and seldom end with a full stop, whereas leads are
 * full sentences of 20 to 40 words. Empty documents are left to {@link EmptyDocumentRule}.
 */
public final class MissingTitleRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "missing-title",
            "structure",
            Severity.WARNING,
            "The document's first line is body text, not a title.",
            "add the headline as the first line, followed by an empty line");

    static final int DATELINE_MIN_WORDS = 12;
    static final int SENTENCE_MIN_WORDS = 20;
    static final int MAX_TITLE_WORDS = 40;
    private static final Pattern DATELINE =
            Pattern.compile("\\p{Lu}{3,}(?: \\p{Lu}{2,})*(?:,(?: \\p{Lu}[\\p{L}.]*)+)?(?::| \\(| [-–—] )");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        if (EmptyDocumentRule.isEmpty(document) || document.header().titleBegin() < 0) {
            return;
        }
        String text = document.text();
        int begin = document.header().titleBegin();
        int end = begin + document.header().title().length();
        int words = TextUtil.countWords(document.chars(), begin, end);
        String reason = null;
        if (startsWithDateline(text, begin, end) && words >= DATELINE_MIN_WORDS) {
            reason = "starts with a dateline";
        } else if (words >= SENTENCE_MIN_WORDS && endsWithFullStop(text, begin, end)) {
            reason = "is a sentence of " + words + " words";
        } else if (words > MAX_TITLE_WORDS) {
            reason = "has " + words + " words";
        }
        if (reason != null) {
            sink.report(document.finding(
                    INFO, begin, end, "No title: the first line " + reason + ", so it reads as body text"));
        }
    }

    /**
     * An upper-case place, optionally with its country, then {@code :}, {@code  (} or a dash:
     * {@code WASHINGTON:}, {@code MUNICH, Germany:}, {@code MOSCOW (Reuters) -}.
     */
    static boolean startsWithDateline(String text, int begin, int end) {
        return DATELINE.matcher(text.substring(begin, Math.min(end, begin + 60)))
                .lookingAt();
    }

    private static boolean endsWithFullStop(String text, int begin, int end) {
        int i = end;
        while (i > begin && "\"'”’)".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > begin && text.charAt(i - 1) == '.' && !(i - 2 >= begin && text.charAt(i - 2) == '.');
    }
}
