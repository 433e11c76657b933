package org.corpusqa.rules;

import java.util.Arrays;
import org.corpusqa.check.Severity;

/**
 * A {@code (} or {@code [} that is never closed in its paragraph, or a {@code )} or {@code ]} that
 * was never opened: usually a truncated parenthesis or a scraping cut. A paragraph is a block of
 * lines between blank lines, so hard-wrapped parentheses spanning lines are fine.
 *
 * <p>Not reported: list enumerators at the start of a line ({@code 1)}, {@code b)}, {@code iv)})
 * and emoticons ({@code :)}, {@code ;(}), which are unpaired by design.
 */
public final class UnbalancedBracketRule implements DocumentRule {
    public static final RuleInfo INFO = new RuleInfo(
            "unbalanced-bracket",
            "typography",
            Severity.WARNING,
            "A round or square bracket is not closed, or closed without being opened, within its paragraph.",
            "add the missing bracket or remove the stray one");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SourceDocumentView document, FindingSink sink) {
        char[] text = document.chars();
        Stack round = new Stack();
        Stack square = new Stack();
        for (int line = 1; line <= document.lines().lineCount(); line++) {
            int begin = document.lineBegin(line);
            int end = document.lineEnd(line);
            if (TextUtil.skipSpaces(text, begin, end) == end) {
                reportOpen(document, round, sink);
                reportOpen(document, square, sink);
                continue;
            }
            for (int i = begin; i < end; i++) {
                char c = text[i];
                switch (c) {
                    case '(' -> {
                        if (!emoticon(text, i, begin)) {
                            round.push(i);
                        }
                    }
                    case '[' -> square.push(i);
                    case ')' -> close(document, round, i, begin, '(', sink);
                    case ']' -> close(document, square, i, begin, '[', sink);
                    default -> {}
                }
            }
        }
        reportOpen(document, round, sink);
        reportOpen(document, square, sink);
    }

    private static void close(
            SourceDocumentView document, Stack open, int i, int lineBegin, char opener, FindingSink sink) {
        char[] text = document.chars();
        if (!open.isEmpty()) {
            open.pop();
        } else if (!emoticon(text, i, lineBegin) && !enumerator(text, i, lineBegin)) {
            sink.report(document.finding(
                    INFO, i, i + 1, "'" + text[i] + "' closes a '" + opener + "' that was never opened"));
        }
    }

    private static void reportOpen(SourceDocumentView document, Stack open, FindingSink sink) {
        for (int k = 0; k < open.size; k++) {
            int at = open.items[k];
            char c = document.text().charAt(at);
            sink.report(document.finding(INFO, at, at + 1, "'" + c + "' is not closed before the paragraph ends"));
        }
        open.size = 0;
    }

    /** {@code :)}, {@code ;-(} and the like. */
    private static boolean emoticon(char[] text, int i, int lineBegin) {
        int j = i - 1;
        if (j >= lineBegin && text[j] == '-') {
            j--;
        }
        return j >= lineBegin && (text[j] == ':' || text[j] == ';');
    }

    /** A list enumerator such as {@code 1)}, {@code b)} or {@code iv)} at the start of a line. */
    private static boolean enumerator(char[] text, int i, int lineBegin) {
        int start = TextUtil.skipSpaces(text, lineBegin, i);
        int length = i - start;
        if (length == 0 || length > 4) {
            return false;
        }
        boolean digits = true;
        boolean roman = true;
        for (int k = start; k < i; k++) {
            char c = text[k];
            digits &= c >= '0' && c <= '9';
            roman &= "ivxlIVXL".indexOf(c) >= 0;
        }
        return digits || roman || (length == 1 && Character.isLetter(text[start]));
    }

    /** Offsets of open brackets; tiny and allocation-free after the first few. */
    private static final class Stack {
        private int[] items = new int[8];
        private int size;

        void push(int offset) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = offset;
        }

        void pop() {
            size--;
        }

        boolean isEmpty() {
            return size == 0;
        }
    }
}
