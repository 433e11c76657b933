package org.corpusqa.maven;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;
import org.corpusqa.check.CheckRequest;
import org.corpusqa.check.Severity;

/**
 * The parameter values that decide what a check reads and counts, as Maven injected them, and the
 * one place that turns them into a {@link CheckRequest}, resolves their paths and parses their
 * encoding and severity.
 *
 * <p>It exists so that the site report counts exactly as {@code check} does (checkstyle/checkstyle#19768
 * is what happens otherwise): Maven injects parameters only into a mojo's own fields, and the report
 * must extend {@code AbstractMavenReport} rather than {@link AbstractCorpusQaMojo}, so both copy their
 * fields here and share everything after that. Plain fields, filled by the goals; invalid values
 * raise {@link IllegalArgumentException} whose message names the parameter, for the goal to wrap in
 * its own exception type.
 */
final class CheckSettings {
    List<File> corpusDirectories;
    List<String> includes;
    List<String> excludes;
    String encoding;
    String metadataFile;
    File actorRegistry;
    File projectGazetteer;
    File outputDirectory;
    /** Worker threads; 0 or less means one per available core. */
    int threads;
    /** The cache file, or {@code null} to run without the cache. */
    File cacheFile;

    Map<String, String> rules;
    String violationIgnore;
    File suppressionsFile;
    /** The baseline, or {@code null} for none (also for the goal that writes it). */
    File baselineFile;

    boolean htmlReport;
    /** The module directory; {@code null} or uninterpolated when the goal runs without a project. */
    File basedir;

    /** The request for the {@code CorpusChecker}; logs a warning when no encoding is set. */
    CheckRequest request(Log log) {
        List<Path> roots = new ArrayList<>();
        for (File directory : corpusDirectories) {
            roots.add(path(directory));
        }
        return CheckRequest.builder()
                .corpusDirectories(roots)
                .includes(includes == null ? List.of() : includes)
                .excludes(excludes == null ? List.of() : excludes)
                .encoding(charset(log))
                .metadataFileName(metadataFile)
                .actorRegistry(path(actorRegistry))
                .projectGazetteer(path(projectGazetteer))
                .outputDirectory(path(outputDirectory))
                .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
                .cacheFile(path(cacheFile))
                .ruleSeverities(rules == null ? Map.of() : rules)
                .violationIgnore(violationIgnore)
                .suppressionsFile(path(suppressionsFile))
                .baselineFile(path(baselineFile))
                .htmlReport(htmlReport)
                .build();
    }

    /** The working directory stands in for the module directory when there is no project. */
    Path baseDirectory() {
        boolean standalone = basedir == null || basedir.getPath().contains("${");
        return (standalone ? Path.of("") : basedir.toPath()).toAbsolutePath().normalize();
    }

    /**
     * A path parameter as given, or, when the goal runs without a project ({@code mvn
     * org.corpusqa:corpusqa-maven-plugin:check} in any directory), with the part up to the
     * uninterpolated {@code ${project.basedir}} of its default replaced by the working directory
     * (Maven has already made the value absolute against it).
     */
    Path path(File file) {
        if (file == null) {
            return null;
        }
        String value = file.getPath();
        for (String token : new String[] {"${project.basedir}", "${basedir}"}) {
            int at = value.indexOf(token);
            if (at >= 0) {
                String rest = value.substring(at + token.length()).replaceFirst("^[/\\\\]+", "");
                return baseDirectory().resolve(rest);
            }
        }
        return file.toPath();
    }

    /** A path relative to the module directory when it lies inside it, as console lines print it. */
    String relative(Path path) {
        Path base = baseDirectory();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    /** The documents' charset; UTF-8 with a warning when none is set, as Checkstyle warns. */
    Charset charset(Log log) {
        if (encoding == null || encoding.isBlank()) {
            log.warn("No encoding set (corpusqa.encoding or project.build.sourceEncoding); reading documents as UTF-8");
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(
                    "unknown encoding '" + encoding + "' in parameter 'encoding' (corpusqa.encoding)", e);
        }
    }

    /** The {@code violationSeverity} parameter: the lowest severity that counts as a violation. */
    static Severity violationSeverity(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "parameter 'violationSeverity' (corpusqa.violationSeverity): " + e.getMessage(), e);
        }
    }
}
