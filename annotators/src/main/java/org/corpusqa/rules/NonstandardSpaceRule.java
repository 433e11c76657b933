package org.corpusqa.rules;

import org.corpusqa.check.Severity;

/**
 * No-break, fixed-width and zero-width spaces ({@code U+00A0}, {@code U+2000}–{@code U+200B},
 * {@code U+202F}, {@code U+205F}, {@code U+2060}, {@code U+3000}, {@code U+1680}). They usually
 * come from copying out of web pages; tokenisers and search treat them differently from a space,
 * and the zero-width ones split words invisibly. Informational by default because a no-break space
 * is sometimes deliberate ({@code 10 km}). The joiners U+200C/U+200D are not reported: scripts
 * and emoji need them. A run of such spaces is one finding.
 */
public final class NonstandardSpaceRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "nonstandard-space",
            "typography",
            Severity.INFO,
            "The text contains a no-break, fixed-width or zero-width space instead of a plain space.",
            "replace it with a plain space (U+0020), or delete it when it is zero-width");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        if (!document.containsAny(SPACES)) {
            return;
        }
        String text = document.text();
        int i = 0;
        while (i < text.length()) {
            if (!isNonstandardSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isNonstandardSpace(text.charAt(end))) {
                end++;
            }
            char c = text.charAt(i);
            sink.report(document.finding(
                    INFO,
                    i,
                    end,
                    name(c) + " (" + TextUtil.codePoint(c) + ")"
                            + (end - i > 1 ? " and " + (end - i - 1) + " more" : "") + " instead of a plain space"));
            i = end;
        }
    }

    private static final CharMask SPACES = CharMask.of(c -> isNonstandardSpace((char) c));

    static boolean isNonstandardSpace(char c) {
        return c == '\u00A0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200B')
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u2060'
                || c == '\u3000';
    }

    private static String name(char c) {
        return switch (c) {
            case '\u00A0' -> "No-break space";
            case '\u202F' -> "Narrow no-break space";
            case '\u200B' -> "Zero-width space";
            case '\u2060' -> "Word joiner";
            case '\u2007' -> "Figure space";
            case '\u3000' -> "Ideographic space";
            default -> "Special space";
        };
    }
}
