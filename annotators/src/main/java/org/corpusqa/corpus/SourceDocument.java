package org.corpusqa.corpus;

/**
 * A decoded document ready for annotation.
 *
 * @param file where it came from
 * @param text the file's text, unchanged
 * @param header date line and title parsed from the text
 * @param date the document date (date line first, then corpus metadata), or empty
 * @param dateSource {@code LINE}, {@code METADATA} or {@code NONE}
 */
public record SourceDocument(CorpusFile file, String text, DocumentHeader header, String date, String dateSource) {

    /** Builds a document from its text, taking the date from the date line or the metadata. */
    public static SourceDocument of(CorpusFile file, String text, CorpusMetadata metadata) {
        DocumentHeader header = DocumentHeader.parse(text);
        if (!header.date().isEmpty()) {
            return new SourceDocument(file, text, header, header.date(), "LINE");
        }
        return metadata.date(file.relativePath())
                .map(date -> new SourceDocument(file, text, header, date, "METADATA"))
                .orElseGet(() -> new SourceDocument(file, text, header, "", "NONE"));
    }
}
