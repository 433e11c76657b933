package org.corpusqa.rules;

import java.nio.file.Path;
import java.util.Objects;
import org.corpusqa.check.Finding;
import org.corpusqa.corpus.DocumentHeader;
import org.corpusqa.corpus.SourceDocument;
import org.corpusqa.text.LineIndex;

/**
 * What the text rules see of a document: its decoded text, parsed head and date, plus the line
 * index that turns offsets into the 1-based line and column every finding carries. It is built
 * once per document and shared by all rules, so the text is indexed once; it belongs to the
 * worker that checks the document (the char census is built lazily, without locking).
 */
public final class SourceDocumentView {
    private final Path path;
    private final String relativePath;
    private final String text;
    private final DocumentHeader header;
    private final String date;
    private final String dateSource;
    private final LineIndex lines;
    private final char[] chars;
    /** One bit per char that occurs in the text, built when a rule first asks. */
    private long[] census;

    /**
     * @param path the document's file
     * @param relativePath path below the corpus root, with {@code /} separators
     * @param text the decoded text, unchanged
     * @param header the parsed head of {@code text}
     * @param date the document date (date line or metadata), or empty
     * @param dateSource {@code LINE}, {@code METADATA} or {@code NONE}
     */
    public SourceDocumentView(
            Path path, String relativePath, String text, DocumentHeader header, String date, String dateSource) {
        this.path = Objects.requireNonNull(path, "path");
        this.relativePath = Objects.requireNonNull(relativePath, "relativePath");
        this.text = Objects.requireNonNull(text, "text");
        this.header = Objects.requireNonNull(header, "header");
        this.date = Objects.requireNonNull(date, "date");
        this.dateSource = Objects.requireNonNull(dateSource, "dateSource");
        this.lines = new LineIndex(text);
        this.chars = text.toCharArray();
    }

    /** The view of a document the corpus reader produced. */
    public static SourceDocumentView of(SourceDocument document) {
        return new SourceDocumentView(
                document.file().path(),
                document.file().relativePath(),
                document.text(),
                document.header(),
                document.date(),
                document.dateSource());
    }

    /**
     * A document from text, dated by its date line or else by {@code metadataDate} (empty for none),
     * the way the corpus reader dates it. For tests and tools without a corpus directory.
     */
    public static SourceDocumentView of(String relativePath, String text, String metadataDate) {
        DocumentHeader header = DocumentHeader.parse(text);
        String date;
        String source;
        if (!header.date().isEmpty()) {
            date = header.date();
            source = "LINE";
        } else if (!metadataDate.isEmpty()) {
            date = metadataDate;
            source = "METADATA";
        } else {
            date = "";
            source = "NONE";
        }
        return new SourceDocumentView(Path.of(relativePath), relativePath, text, header, date, source);
    }

    /** A document from text, dated only by its own date line. */
    public static SourceDocumentView of(String relativePath, String text) {
        return of(relativePath, text, "");
    }

    public Path path() {
        return path;
    }

    public String relativePath() {
        return relativePath;
    }

    public String text() {
        return text;
    }

    public DocumentHeader header() {
        return header;
    }

    public String date() {
        return date;
    }

    /** {@code LINE}, {@code METADATA} or {@code NONE}. */
    public String dateSource() {
        return dateSource;
    }

    /**
     * The text's chars, shared by every rule of the document and never to be modified. The rules
     * that scan the whole text read it here: {@link String#charAt} checks the index and the
     * string's coding (Latin-1 or UTF-16, which varies from document to document) on every call.
     */
    char[] chars() {
        return chars;
    }

    /** Whether any char of {@code mask} occurs in the text; answered from one pass over it per document. */
    boolean containsAny(CharMask mask) {
        if (census == null) {
            long[] present = new long[CharMask.WORDS];
            for (char c : chars) {
                present[c >>> 6] |= 1L << c;
            }
            census = present;
        }
        return mask.intersects(census);
    }

    public LineIndex lines() {
        return lines;
    }

    /** Offset where the 1-based line starts. */
    public int lineBegin(int line) {
        return lines.lineStart(line);
    }

    /** Offset where the 1-based line's content ends, before its {@code \n}, {@code \r\n} or {@code \r}. */
    public int lineEnd(int line) {
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        if (end > lineBegin(line) && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > lineBegin(line) && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /**
     * A finding of {@code rule} over {@code [begin, end)} with its default severity and hint; the
     * configuration may change the severity later.
     */
    public Finding finding(RuleInfo rule, int begin, int end, String message) {
        return new Finding(
                path,
                relativePath,
                lines.line(begin),
                lines.column(begin),
                begin,
                end,
                rule.id(),
                rule.category(),
                rule.defaultSeverity(),
                message,
                rule.hint(),
                text.substring(begin, end));
    }
}
