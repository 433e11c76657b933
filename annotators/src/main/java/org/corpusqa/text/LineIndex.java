package org.corpusqa.text;

import java.util.Arrays;

/**
 * Maps character offsets to 1-based line and column numbers, the way editors and Checkstyle
 * report them. A line ends after {@code \n}; a {@code \r\n} pair counts as one line break, and
 * a lone {@code \r} as well.
 */
public final class LineIndex {
    private final int[] lineStarts;

    public LineIndex(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line of an offset. */
    public int line(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The 1-based column of an offset, counted in UTF-16 chars as Java and the gold do. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The offset where the 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
