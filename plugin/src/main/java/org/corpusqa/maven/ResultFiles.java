package org.corpusqa.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corpusqa.check.CheckResult;
import org.corpusqa.report.CheckstyleXmlWriter;
import org.corpusqa.report.PlainWriter;
import org.corpusqa.report.RuleDescriptor;
import org.corpusqa.report.SarifWriter;

/**
 * Writes the result file in each requested format: {@code xml} (Checkstyle's format, at
 * {@code outputFile}), {@code sarif} (SARIF 2.1.0 beside it, {@code .sarif}) and {@code plain}
 * (the console lines, {@code .txt}). Several formats are a comma list.
 */
final class ResultFiles {
    static final Set<String> FORMATS = Set.of("xml", "sarif", "plain");

    private final Set<String> formats;
    private final Path outputFile;

    ResultFiles(String formatList, Path outputFile) {
        Set<String> parsed = new LinkedHashSet<>();
        for (String format : formatList.split(",")) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(name)) {
                throw new IllegalArgumentException("unknown output format '" + format.strip()
                        + "' (expected xml, sarif or plain, comma-separated)");
            }
            parsed.add(name);
        }
        this.formats = parsed;
        this.outputFile = outputFile;
    }

    /** Writes every format; returns the files written. */
    List<Path> write(CheckResult result, String toolVersion, Path repositoryRoot, Path baseDirectory)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (String format : formats) {
            Path target = file(format);
            switch (format) {
                case "xml" -> CheckstyleXmlWriter.write(result, target);
                case "sarif" -> new SarifWriter(toolVersion, null, RuleDescriptor.catalog(), repositoryRoot)
                        .write(result, target);
                default -> new PlainWriter(baseDirectory).write(result.findings(), target);
            }
            written.add(target);
        }
        return written;
    }

    /** The file of one format: {@code outputFile} for xml, the same name with another extension otherwise. */
    Path file(String format) {
        if (format.equals("xml")) {
            return outputFile;
        }
        String name = outputFile.getFileName().toString();
        String stem = name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
        return outputFile.resolveSibling(stem + (format.equals("sarif") ? ".sarif" : ".txt"));
    }
}
