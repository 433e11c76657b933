package org.corpusqa.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the reviewer's to-do list, {@code evaluation-errors.tsv}: one row per miss, false
 * alarm, wrong attribute or gold text mismatch, sorted by document and offset, UTF-8 with a
 * header:
 *
 * <pre>
 * file  line  column  kind  type  begin  end  text  attributes  detail
 * </pre>
 *
 * {@code file} is the document's relative path, {@code line}/{@code column} are 1-based,
 * {@code kind} is {@code miss}, {@code false-alarm}, {@code wrong-attribute} or
 * {@code gold-text-mismatch}. Tabs, line breaks and backslashes inside fields are escaped as
 * {@code \t}, {@code \n}, {@code \r}, {@code \\} so that every error stays on one line.
 */
public final class ErrorListWriter {

    /** The conventional file name. */
    public static final String FILE_NAME = "evaluation-errors.tsv";

    public static final String HEADER = "file\tline\tcolumn\tkind\ttype\tbegin\tend\ttext\tattributes\tdetail";

    private ErrorListWriter() {}

    public static String toTsv(List<EvaluationError> errors) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (EvaluationError error : errors) {
            out.append(escape(error.document()))
                    .append('\t')
                    .append(error.line())
                    .append('\t')
                    .append(error.column())
                    .append('\t')
                    .append(error.kind().label())
                    .append('\t')
                    .append(error.type())
                    .append('\t')
                    .append(error.begin())
                    .append('\t')
                    .append(error.end())
                    .append('\t')
                    .append(escape(error.text()))
                    .append('\t')
                    .append(escape(error.attributes()))
                    .append('\t')
                    .append(escape(error.detail()))
                    .append('\n');
        }
        return out.toString();
    }

    /** Writes the errors of all documents to a file (UTF-8), creating parent directories. */
    public static void write(EvaluationResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toTsv(result.errors()), StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
