package org.corpusqa.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corpusqa.check.Finding;

/**
 * What the corpus-wide rules need to know about one document, in a few hundred bytes whatever the
 * document's length: this is the only thing that travels from the per-document step to
 * {@link CorpusRules#merge}, so the per-document step can run anywhere.
 *
 * @param path the document's file
 * @param relativePath path below the corpus root
 * @param contentHash 128-bit hash (hex) of the folded word sequence after the date line, so that
 *     copies differing only in layout, case or punctuation are equal; empty for a document without
 *     words
 * @param shingles how many 5-word shingles the text has
 * @param sketch MinHash sketch of the shingles (128 values), empty when the text
 *     has fewer than 5 words; do not modify
 * @param shortLines the document's short lines (boilerplate candidates) by normalised text, in
 *     order of first occurrence
 */
public record DocumentSummary(
        Path path, String relativePath, String contentHash, int shingles, int[] sketch, List<ShortLine> shortLines) {

    /** Lines with at most this many words are short lines. */
    public static final int SHORT_LINE_MAX_WORDS = 3;
    /** Lines longer than this many chars are never short lines. */
    public static final int SHORT_LINE_MAX_CHARS = 40;
    /** At most this many distinct short lines are kept per document, to bound the summary. */
    public static final int MAX_SHORT_LINES = 200;
    /** At most this many positions are kept per short line and document. */
    public static final int MAX_POSITIONS = 32;

    public DocumentSummary {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(sketch, "sketch");
        shortLines = List.copyOf(shortLines);
    }

    /**
     * A short line: at most {@value #SHORT_LINE_MAX_WORDS} words and {@value #SHORT_LINE_MAX_CHARS}
     * chars, with at least one letter, outside the date line and the title.
     *
     * @param key the normalised text (folded, spaces collapsed) that lines are compared by
     * @param text the line as written at its first occurrence
     * @param sentenceLike whether it ends like a sentence ({@code .}, {@code !}, {@code ?}), as a
     *     short quote or answer does
     * @param positions where it occurs, in order (at most {@value #MAX_POSITIONS})
     * @param occurrences how many times it occurs, including positions not kept
     */
    public record ShortLine(String key, String text, boolean sentenceLike, List<Position> positions, int occurrences) {
        public ShortLine {
            positions = List.copyOf(positions);
        }
    }

    /** A span of the document with its 1-based line and column and the text it covers. */
    public record Position(int line, int column, int begin, int end, String text) {}

    /** Summarises a document; linear in its length. */
    public static DocumentSummary of(SourceDocumentView document) {
        char[] text = document.chars();
        int bodyBegin = document.header().bodyBegin();
        MinHash.Result hash = MinHash.of(text, bodyBegin, text.length);
        return new DocumentSummary(
                document.path(),
                document.relativePath(),
                hash.contentHash(),
                hash.shingles(),
                hash.sketch(),
                shortLines(document));
    }

    private static List<ShortLine> shortLines(SourceDocumentView document) {
        char[] text = document.chars();
        int bodyBegin = document.header().bodyBegin();
        int titleBegin = document.header().titleBegin();
        Map<String, ShortLineBuilder> lines = new LinkedHashMap<>();
        for (int line = 1; line <= document.lines().lineCount(); line++) {
            int lineBegin = document.lineBegin(line);
            int lineEnd = document.lineEnd(line);
            if (lineEnd <= bodyBegin || (titleBegin >= lineBegin && titleBegin <= lineEnd)) {
                continue;
            }
            int begin = TextUtil.skipSpaces(text, Math.max(lineBegin, bodyBegin), lineEnd);
            int end = TextUtil.trimEnd(text, begin, lineEnd);
            if (end - begin > SHORT_LINE_MAX_CHARS
                    || !TextUtil.hasLetter(text, begin, end)
                    || TextUtil.countWords(text, begin, end) > SHORT_LINE_MAX_WORDS) {
                continue;
            }
            String key = TextUtil.normalize(text, begin, end);
            ShortLineBuilder builder = lines.get(key);
            if (builder == null) {
                if (lines.size() >= MAX_SHORT_LINES) {
                    continue;
                }
                builder = new ShortLineBuilder(
                        key, new String(text, begin, end - begin), TextUtil.endsLikeSentence(text, begin, end));
                lines.put(key, builder);
            }
            builder.add(new Position(line, begin - lineBegin + 1, begin, end, new String(text, begin, end - begin)));
        }
        List<ShortLine> result = new ArrayList<>(lines.size());
        for (ShortLineBuilder builder : lines.values()) {
            result.add(
                    new ShortLine(builder.key, builder.text, builder.sentenceLike, builder.positions, builder.count));
        }
        return result;
    }

    /** A finding in this document at a position the summary kept. */
    Finding finding(RuleInfo rule, Position at, String message) {
        return new Finding(
                path,
                relativePath,
                at.line(),
                at.column(),
                at.begin(),
                at.end(),
                rule.id(),
                rule.category(),
                rule.defaultSeverity(),
                message,
                rule.hint(),
                at.text());
    }

    /** A finding about the whole document, at line 1, column 1. */
    Finding documentFinding(RuleInfo rule, String message) {
        return finding(rule, new Position(1, 1, 0, 0, ""), message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentSummary s
                && path.equals(s.path)
                && relativePath.equals(s.relativePath)
                && contentHash.equals(s.contentHash)
                && shingles == s.shingles
                && Arrays.equals(sketch, s.sketch)
                && shortLines.equals(s.shortLines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, relativePath, contentHash, shingles, Arrays.hashCode(sketch), shortLines);
    }

    @Override
    public String toString() {
        return "DocumentSummary[" + relativePath + ", hash=" + contentHash + ", shingles=" + shingles + ", shortLines="
                + shortLines.size() + "]";
    }

    private static final class ShortLineBuilder {
        private final String key;
        private final String text;
        private final boolean sentenceLike;
        private final List<Position> positions = new ArrayList<>();
        private int count;

        ShortLineBuilder(String key, String text, boolean sentenceLike) {
            this.key = key;
            this.text = text;
            this.sentenceLike = sentenceLike;
        }

        void add(Position position) {
            count++;
            if (positions.size() < MAX_POSITIONS) {
                positions.add(position);
            }
        }
    }
}
