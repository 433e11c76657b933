package org.corpusqa.rules;

import org.corpusqa.check.Severity;

/**
 * Control characters other than tab, line feed and carriage return: C0 controls, DEL and the C1
 * range U+0080–U+009F. They are invisible in editors, and XML 1.0 cannot hold most of them, so the
 * XMI of the document cannot be written faithfully. C1 controls that are part of a mojibake
 * sequence are left to {@link MojibakeRule}. A run of them is one finding.
 */
public final class ControlCharacterRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "control-character",
            "encoding",
            Severity.ERROR,
            "The text contains a control character other than tab, line feed or carriage return.",
            "delete the control character; if it replaced a letter, restore it from the source");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        if (!document.containsAny(CONTROLS)) {
            return;
        }
        String text = document.text();
        int i = 0;
        while (i < text.length()) {
            int mojibakeEnd = Mojibake.match(text, i);
            if (mojibakeEnd > 0) {
                i = mojibakeEnd;
                continue;
            }
            if (!isControl(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isControl(text.charAt(end))) {
                end++;
            }
            sink.report(document.finding(
                    INFO,
                    i,
                    end,
                    "Control character " + TextUtil.codePoint(text.charAt(i))
                            + (end - i > 1 ? " and " + (end - i - 1) + " more" : "")));
            i = end;
        }
    }

    private static final CharMask CONTROLS = CharMask.of(c -> isControl((char) c));

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
