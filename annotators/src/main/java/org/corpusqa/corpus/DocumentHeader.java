package org.corpusqa.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The head of a document as the guidelines define it: an optional metadata line
 * {@code date YYYY-MM[-DD]}, possibly followed on the same line by the title, and otherwise the
 * first non-empty line as the title.
 *
 * @param date ISO date from the date line, or empty
 * @param title the title text, or empty for an empty document
 * @param titleBegin offset of the title in the text, -1 when there is none
 * @param bodyBegin offset where annotatable text starts: after the date line's date token
 */
public record DocumentHeader(String date, String title, int titleBegin, int bodyBegin) {

    /** Parses the head of a document text. */
    public static DocumentHeader parse(String text) {
        int pos = skipBlankLines(text, 0);
        int lineEnd = lineEnd(text, pos);
        int first = skipSpaces(text, pos, lineEnd);
        String date = "";
        int bodyBegin = 0;
        if (text.startsWith("date ", first)) {
            int dateBegin = skipSpaces(text, first + 5, lineEnd);
            int dateEnd = dateBegin;
            while (dateEnd < lineEnd && !Character.isWhitespace(text.charAt(dateEnd))) {
                dateEnd++;
            }
            String candidate = text.substring(dateBegin, dateEnd);
            if (isIsoDate(candidate)) {
                date = candidate;
                bodyBegin = dateEnd;
                first = skipSpaces(text, dateEnd, lineEnd);
                if (first == lineEnd) {
                    first = skipSpaces(text, skipBlankLines(text, lineEnd), text.length());
                    lineEnd = lineEnd(text, first);
                }
            }
        }
        if (first >= text.length()) {
            return new DocumentHeader(date, "", -1, bodyBegin);
        }
        String title = text.substring(first, lineEnd).strip();
        return new DocumentHeader(date, title, title.isEmpty() ? -1 : first, bodyBegin);
    }

    /** Whether the string is an ISO date of day or month precision that exists in the calendar. */
    public static boolean isIsoDate(String value) {
        try {
            if (value.length() == 7) {
                YearMonth.parse(value);
                return true;
            }
            if (value.length() == 10) {
                LocalDate.parse(value);
                return true;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        return false;
    }

    private static int skipBlankLines(String text, int pos) {
        int lineStart = pos;
        int i = pos;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return lineStart;
            }
            i++;
        }
        return text.length();
    }

    private static int skipSpaces(String text, int pos, int limit) {
        int i = pos;
        while (i < limit
                && (Character.isWhitespace(text.charAt(i))
                        || text.charAt(i) == '\uFEFF'
                        || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    private static int lineEnd(String text, int pos) {
        int end = text.indexOf('\n', pos);
        return end < 0 ? text.length() : end;
    }
}
