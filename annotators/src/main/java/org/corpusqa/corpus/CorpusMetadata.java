package org.corpusqa.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-document metadata kept beside a corpus: a tab-separated file (default name
 * {@value #DEFAULT_FILE_NAME}) in the corpus root whose header names the columns. Column
 * {@code document} holds the path relative to the root (or the bare file name), column
 * {@code date} an ISO date {@code YYYY-MM} or {@code YYYY-MM-DD}; other columns are ignored, so
 * teams can keep source and URL columns in the same file. Lines starting with {@code #} are
 * comments.
 *
 * <p>A date line inside the document wins over this file: the document is the more specific
 * source.
 */
public final class CorpusMetadata {
    public static final String DEFAULT_FILE_NAME = "corpus-metadata.tsv";

    private final Map<String, String> dates;

    private CorpusMetadata(Map<String, String> dates) {
        this.dates = dates;
    }

    public static CorpusMetadata none() {
        return new CorpusMetadata(Map.of());
    }

    /** Reads the metadata file of a corpus root, or returns an empty one when there is none. */
    public static CorpusMetadata read(Path file) throws IOException, MetadataException {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> dates = new HashMap<>();
        int documentColumn = -1;
        int dateColumn = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (documentColumn < 0) {
                documentColumn = List.of(cells).indexOf("document");
                dateColumn = List.of(cells).indexOf("date");
                if (documentColumn < 0 || dateColumn < 0) {
                    throw new MetadataException(file + ":[" + (i + 1)
                            + ",1] header must name the columns 'document' and 'date' (tab-separated)");
                }
                continue;
            }
            if (cells.length <= Math.max(documentColumn, dateColumn)) {
                throw new MetadataException(file + ":[" + (i + 1) + ",1] expected at least "
                        + (Math.max(documentColumn, dateColumn) + 1) + " tab-separated columns");
            }
            String date = cells[dateColumn].strip();
            if (!date.isEmpty() && !DocumentHeader.isIsoDate(date)) {
                throw new MetadataException(file + ":[" + (i + 1) + "," + column(cells, dateColumn) + "] bad date '"
                        + date + "' (expected YYYY-MM or YYYY-MM-DD)");
            }
            dates.put(cells[documentColumn].strip(), date);
        }
        return new CorpusMetadata(dates);
    }

    /** The date recorded for a document, looked up by relative path, then by file name. */
    public Optional<String> date(String relativePath) {
        String date = dates.get(relativePath);
        if (date == null) {
            date = dates.get(relativePath.substring(relativePath.lastIndexOf('/') + 1));
        }
        return Optional.ofNullable(date).filter(d -> !d.isEmpty());
    }

    private static int column(String[] cells, int index) {
        int column = 1;
        for (int i = 0; i < index; i++) {
            column += cells[i].length() + 1;
        }
        return column;
    }

    /** A metadata file that cannot be used; the message names file, line and column. */
    public static class MetadataException extends Exception {
        private static final long serialVersionUID = 1L;

        public MetadataException(String message) {
            super(message);
        }
    }
}
