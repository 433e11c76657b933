package org.corpusqa.report;

import org.corpusqa.check.Finding;

/**
 * Where a finding's covered text starts and ends, in 1-based lines and UTF-16 columns, the way
 * SARIF regions count: {@code endLine} is the line of the last character and {@code endColumn}
 * the column just after it. Line breaks are those of {@code org.corpusqa.text.LineIndex}:
 * {@code \n}, {@code \r\n} and a lone {@code \r}.
 */
record TextRegion(int startLine, int startColumn, int endLine, int endColumn) {

    /** Derives the end from the finding's start and its covered text; an empty text is a point. */
    static TextRegion of(Finding finding) {
        int startLine = Math.max(1, finding.line());
        int startColumn = Math.max(1, finding.column());
        String text = finding.text() == null ? "" : finding.text();
        int line = startLine;
        int column = startColumn;
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i == last || text.charAt(i + 1) != '\n'));
            if (lineBreak && i < last) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new TextRegion(startLine, startColumn, line, column);
    }
}
