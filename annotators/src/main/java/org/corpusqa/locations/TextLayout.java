package org.corpusqa.locations;

import java.util.Arrays;
import org.corpusqa.text.CharClass;

/**
 * What the matcher needs to know about the shape of the text around a name: its line, whether
 * that line is a headline in capitals or in Title Case, whether a position starts a sentence, and
 * the words just before and after a span. Capital letters are evidence of a name only where the
 * writer had a choice; these questions tell where that is.
 */
final class TextLayout {

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final String text;
    private final int[] lineStarts;
    private final byte[] upperLines;
    private final byte[] titleLines;
    /**
     * The line of the last {@link #lineOf} answer: the matcher asks about one position after
     * another, mostly on the same line, so this saves a binary search per word.
     */
    private int lastLine;

    TextLayout(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
        upperLines = new byte[count];
        titleLines = new byte[count];
    }

    String text() {
        return text;
    }

    int lineOf(int pos) {
        int line = lastLine;
        if (lineStarts[line] <= pos && (line + 1 == lineStarts.length || pos < lineStarts[line + 1])) {
            return line;
        }
        int i = Arrays.binarySearch(lineStarts, pos);
        lastLine = i >= 0 ? i : -i - 2;
        return lastLine;
    }

    int lineStart(int pos) {
        return lineStarts[lineOf(pos)];
    }

    int lineEnd(int pos) {
        int line = lineOf(pos);
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        return end > 0 && end <= text.length() && end > lineStarts[line] && text.charAt(end - 1) == '\r'
                ? end - 1
                : end;
    }

    /** True when the line holding {@code pos} is written in capitals (an all-caps headline). */
    boolean isUpperLine(int pos) {
        int line = lineOf(pos);
        if (upperLines[line] == UNKNOWN) {
            upperLines[line] = computeUpper(lineStarts[line], lineEnd(pos)) ? YES : NO;
        }
        return upperLines[line] == YES;
    }

    /** True when the line holding {@code pos} is a headline in Title Case. */
    boolean isTitleLine(int pos) {
        int line = lineOf(pos);
        if (titleLines[line] == UNKNOWN) {
            titleLines[line] = computeTitle(lineStarts[line], lineEnd(pos)) ? YES : NO;
        }
        return titleLines[line] == YES;
    }

    /** True when capitalisation at {@code pos} is not evidence of a name. */
    boolean isCapitalisationUninformative(int pos) {
        return isSentenceStart(pos) || isUpperLine(pos) || isTitleLine(pos);
    }

    /**
     * True when {@code pos} starts a sentence, a line, or a clause after a colon or dash, so that
     * any word there is capitalised anyway. Opening quotes and brackets are skipped.
     */
    boolean isSentenceStart(int pos) {
        int lineStart = lineStart(pos);
        int i = pos - 1;
        while (i >= lineStart && isOpener(text.charAt(i))) {
            i--;
        }
        while (i >= lineStart && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= lineStart && isOpener(text.charAt(i))) {
            i--;
        }
        if (i < lineStart) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.'
                || c == '!'
                || c == '?'
                || c == ':'
                || c == ';'
                || c == '—'
                || c == '–'
                || c == '•'
                || c == '…'
                || c == '|'
                || (c == '-' && i > lineStart && text.charAt(i - 1) == ' ');
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '”'
                || c == '’';
    }

    /**
     * The word right after {@code end} when exactly one space separates them on the same line;
     * {@code null} otherwise. A word is a run of letters and digits.
     */
    Span nextWord(int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return null;
        }
        int b = end + 1;
        int e = b;
        while (e < text.length() && CharClass.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return e > b ? new Span(b, e) : null;
    }

    /**
     * The word right before {@code begin} when exactly one space separates them on the same line;
     * {@code null} otherwise. For {@code Rebel-held Idlib} it is {@code held}.
     */
    Span previousWord(int begin) {
        if (begin < 2 || text.charAt(begin - 1) != ' ') {
            return null;
        }
        int e = begin - 1;
        int b = e;
        while (b > 0 && CharClass.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        return b < e ? new Span(b, e) : null;
    }

    /** True when the span's text is all capitals (at least two letters). */
    boolean isAllCaps(int begin, int end) {
        int letters = 0;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (CharClass.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * True when the span lies in the run of capitalised words that opens a line and ends in a
     * comma, colon, bracket or dash: a dateline ({@code WASHINGTON:}, {@code MUNICH, Germany:}).
     */
    boolean isInDateline(int begin, int end) {
        int lineStart = lineStart(begin);
        int lineEnd = lineEnd(begin);
        int limit = Math.min(lineEnd, lineStart + 60);
        int i = lineStart;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (begin < i) {
            return false;
        }
        // the char before j is carried along rather than read at j - 1 behind a test of j: C2
        // hoists such a read out of the loop and deoptimises when a line starts the text
        char previous = i > 0 ? text.charAt(i - 1) : '\0';
        for (int j = i; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ':' || c == '(' || c == '—' || c == '–' || (c == '-' && j > 0 && previous == ' ')) {
                return end <= j;
            }
            if (CharClass.isLetter(c) && j > i && previous == ' ' && Character.isLowerCase(c)) {
                return false;
            }
            previous = c;
        }
        return false;
    }

    private boolean computeUpper(int start, int end) {
        int upper = 0;
        int lower = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (CharClass.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
                if (lower * 10 > upper + end - i - 1) {
                    return false; // even if every char left were a capital
                }
            }
        }
        return upper >= 4 && lower * 10 <= upper;
    }

    /**
     * Title Case: at least three words of four letters or more after the first, nine in ten of
     * them capitalised, and no full stop at the end (a sentence full of names is not a headline).
     */
    private boolean computeTitle(int start, int end) {
        if (end - start >= 200) {
            return false; // a paragraph, not a headline
        }
        int words = 0;
        int capitalised = 0;
        int i = start;
        boolean first = true;
        while (i < end) {
            while (i < end && !CharClass.isLetter(text.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < end && (CharClass.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i - b >= 4 && !first) {
                words++;
                if (CharClass.isUpperCase(text.charAt(b))) {
                    capitalised++;
                }
            }
            if (i > b) {
                first = false;
            }
        }
        int last = end - 1;
        while (last > start && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        boolean sentence = last > start && text.charAt(last) == '.';
        return words >= 3 && capitalised * 10 >= words * 9 && end - start < 200 && !sentence;
    }

    /** A begin-inclusive, end-exclusive stretch of the text. */
    record Span(int begin, int end) {}
}
