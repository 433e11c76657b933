package org.corpusqa.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads gold annotations in the TSV format of the guidelines: UTF-8, a header line
 * {@code type begin end text attributes}, then one tab-separated annotation a line with
 * attributes as {@code k=v;k=v}. Alternatives ({@code a|b}) are kept verbatim in the value and
 * interpreted by the evaluator; {@code note=} is dropped because it is commentary for people.
 *
 * <p>The reader is strict (unknown types, bad offsets, duplicate keys fail with
 * {@code file:line:}) because a silently skipped gold row would distort every score computed
 * from it. Blank lines are ignored. Whether the text column agrees with the document is checked
 * by the evaluator, which has the document.
 */
public final class GoldTsvReader {

    /** The header the guidelines prescribe, tab separated. */
    public static final String HEADER = "type\tbegin\tend\ttext\tattributes";

    private static final String NOTE = "note";

    private GoldTsvReader() {}

    /** Reads a gold TSV file; error messages name the file. */
    public static List<AnnotationRecord> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses gold TSV content.
     *
     * @param sourceName used in error messages, e.g. the file name
     */
    public static List<AnnotationRecord> parse(String content, String sourceName) throws GoldException {
        String[] lines = stripBom(content).split("\r?\n|\r", -1);
        List<AnnotationRecord> records = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String where = sourceName + ":" + (i + 1) + ": ";
            if (!headerSeen) {
                if (!line.strip().equals(HEADER)) {
                    throw new GoldException(where + "expected the header '" + HEADER.replace('\t', ' ')
                            + "' (tab separated), found '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            records.add(parseRow(line, where));
        }
        return records;
    }

    private static AnnotationRecord parseRow(String line, String where) throws GoldException {
        String[] fields = line.split("\t", -1);
        if (fields.length < 4 || fields.length > 5) {
            throw new GoldException(
                    where + "expected 5 tab-separated fields (type begin end text attributes), found " + fields.length);
        }
        String type = fields[0].strip();
        if (!AnnotationRecord.TYPES.contains(type)) {
            throw new GoldException(where + "unknown type '" + type + "', expected one of " + AnnotationRecord.TYPES);
        }
        int begin = offset(fields[1], "begin", where);
        int end = offset(fields[2], "end", where);
        if (end < begin) {
            throw new GoldException(where + "end " + end + " is before begin " + begin);
        }
        Map<String, String> attributes = fields.length == 5 ? attributes(fields[4], where) : Map.of();
        return new AnnotationRecord(type, begin, end, fields[3], attributes);
    }

    private static int offset(String field, String name, String where) throws GoldException {
        try {
            int value = Integer.parseInt(field.strip());
            if (value < 0) {
                throw new GoldException(where + name + " offset is negative: " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new GoldException(where + name + " offset is not a number: '" + field + "'", e);
        }
    }

    private static Map<String, String> attributes(String field, String where) throws GoldException {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String pair : field.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new GoldException(where + "attribute '" + pair + "' is not key=value");
            }
            String key = pair.substring(0, equals).strip();
            if (key.equals(NOTE)) {
                continue;
            }
            if (attributes.put(key, pair.substring(equals + 1).strip()) != null) {
                throw new GoldException(where + "attribute '" + key + "' given twice");
            }
        }
        return attributes;
    }

    private static String stripBom(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }
}
