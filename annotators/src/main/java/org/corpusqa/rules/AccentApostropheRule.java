package org.corpusqa.rules;

import org.corpusqa.check.Severity;

/**
 * An acute accent {@code ´} or a backtick {@code `} typed as an apostrophe ({@code Turkey´s},
 * {@code the United States´ desire}, {@code don`t}). Both are spacing marks, not punctuation:
 * tokenisers split on them and matching of possessives fails.
 *
 * <p>{@code ´} after a letter is always reported, since English prose has no other use for it. A
 * backtick is reported between two letters, or after a word ending in {@code s} when no opening
 * backtick precedes it on the line, so that {@code `code`} and {@code ``quotes''} are left alone.
 */
public final class AccentApostropheRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "accent-apostrophe",
            "typography",
            Severity.WARNING,
            "An acute accent (´) or backtick (`) is used as an apostrophe inside or after a word.",
            "replace it with ’ (U+2019) or '");

    private static final int LOOK_BACK = 200;
    private static final CharMask ACCENTS = CharMask.of(c -> c == '´' || c == '`');

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        if (!document.containsAny(ACCENTS)) {
            return;
        }
        String text = document.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '´' && acuteAsApostrophe(text, i)) || (c == '`' && backtickAsApostrophe(text, i))) {
                sink.report(document.finding(
                        INFO, i, i + 1, "'" + c + "' used as an apostrophe in '" + word(text, i) + "'"));
            }
        }
    }

    private static boolean acuteAsApostrophe(String text, int i) {
        return i > 0 && Character.isLetter(text.codePointBefore(i));
    }

    private static boolean backtickAsApostrophe(String text, int i) {
        if (i == 0 || !Character.isLetter(text.codePointBefore(i))) {
            return false;
        }
        if (i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1))) {
            return true;
        }
        char before = text.charAt(i - 1);
        return (before == 's' || before == 'S') && !openingBacktickBefore(text, i);
    }

    /** Looks back at most {@value #LOOK_BACK} chars on the line, so a line of backticks stays linear. */
    private static boolean openingBacktickBefore(String text, int i) {
        int limit = Math.max(0, i - LOOK_BACK);
        for (int j = i - 1; j >= limit && text.charAt(j) != '\n' && text.charAt(j) != '\r'; j--) {
            if (text.charAt(j) == '`' && (j == 0 || !Character.isLetter(text.codePointBefore(j)))) {
                return true;
            }
        }
        return false;
    }

    /** The word around the mark, for the message. */
    private static String word(String text, int i) {
        int begin = i;
        while (begin > 0 && Character.isLetterOrDigit(text.codePointBefore(begin))) {
            begin -= Character.charCount(text.codePointBefore(begin));
        }
        int end = i + 1;
        while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return text.substring(begin, end);
    }
}
