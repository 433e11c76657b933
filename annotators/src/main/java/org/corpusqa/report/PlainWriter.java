package org.corpusqa.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.corpusqa.check.Finding;
import org.corpusqa.io.AtomicFiles;

/**
 * One line per finding, in Checkstyle's console shape:
 *
 * <pre>path:[line,col] (category) ruleId: message (hint)</pre>
 *
 * <p>The path is relative to a base directory (the module's basedir, as Checkstyle prints it) and
 * always uses {@code /}, so the GitHub Actions problem matcher shipped in
 * {@code META-INF/corpusqa/problem-matcher.json} reads the same line on every OS once Maven has
 * prefixed it with {@code [ERROR]} or {@code [WARNING]}. Line breaks inside a message are
 * flattened to spaces so that one finding stays one line.
 */
public final class PlainWriter {
    private final Path baseDirectory;

    /** @param baseDirectory the directory paths are printed relative to */
    public PlainWriter(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /** The console line of one finding, without the level prefix and without a line break. */
    public String format(Finding finding) {
        StringBuilder line = new StringBuilder(128)
                .append(path(finding.path()))
                .append(":[")
                .append(finding.line())
                .append(',')
                .append(finding.column())
                .append("] (")
                .append(oneLine(finding.category()))
                .append(") ")
                .append(finding.ruleId())
                .append(": ")
                .append(oneLine(finding.message()));
        if (finding.hint() != null && !finding.hint().isEmpty()) {
            line.append(" (").append(oneLine(finding.hint())).append(')');
        }
        return line.toString();
    }

    /** Writes one line per finding, each ended by {@code \n}. */
    public void write(List<Finding> findings, Writer out) throws IOException {
        for (Finding finding : findings) {
            out.write(format(finding));
            out.write('\n');
        }
    }

    /** Writes one line per finding to a UTF-8 file, replacing it atomically. */
    public void write(List<Finding> findings, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(findings, writer);
            writer.flush();
        });
    }

    private String path(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
