package org.corpusqa.check;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusqa.corpus.CorpusMetadata;

/**
 * What to check and how: the inputs and options the Maven goals, the bench and tests fill in.
 * Built with {@link #builder()}; every option has the default the README documents.
 */
public record CheckRequest(
        List<Path> corpusDirectories,
        List<String> includes,
        List<String> excludes,
        Charset encoding,
        String metadataFileName,
        Path actorRegistry,
        Path outputDirectory,
        boolean writeXmi,
        int threads,
        Path cacheFile,
        Map<String, String> ruleSeverities,
        String violationIgnore,
        Path suppressionsFile,
        Path baselineFile,
        boolean htmlReport,
        Path projectGazetteer) {

    public CheckRequest {
        corpusDirectories = List.copyOf(corpusDirectories);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        ruleSeverities = Map.copyOf(ruleSeverities);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; defaults: {@code **}{@code /*.txt}, UTF-8, all cores, XMI on. */
    public static final class Builder {
        private final List<Path> corpusDirectories = new ArrayList<>();
        private List<String> includes = List.of("**/*.txt");
        private List<String> excludes = List.of();
        private Charset encoding = StandardCharsets.UTF_8;
        private String metadataFileName = CorpusMetadata.DEFAULT_FILE_NAME;
        private Path actorRegistry;
        private Path outputDirectory = Path.of("target", "corpusqa");
        private boolean writeXmi = true;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path cacheFile;
        private Map<String, String> ruleSeverities = Map.of();
        private String violationIgnore = "";
        private Path suppressionsFile;
        private Path baselineFile;
        private boolean htmlReport;
        private Path projectGazetteer;

        public Builder corpusDirectory(Path directory) {
            corpusDirectories.add(directory);
            return this;
        }

        public Builder corpusDirectories(List<Path> directories) {
            corpusDirectories.addAll(directories);
            return this;
        }

        public Builder includes(List<String> globs) {
            includes = List.copyOf(globs);
            return this;
        }

        public Builder excludes(List<String> globs) {
            excludes = List.copyOf(globs);
            return this;
        }

        public Builder encoding(Charset charset) {
            encoding = charset;
            return this;
        }

        public Builder metadataFileName(String name) {
            metadataFileName = name;
            return this;
        }

        /** The actor registry YAML; {@code null} means only states resolve. */
        public Builder actorRegistry(Path registry) {
            actorRegistry = registry;
            return this;
        }

        public Builder outputDirectory(Path directory) {
            outputDirectory = directory;
            return this;
        }

        public Builder writeXmi(boolean write) {
            writeXmi = write;
            return this;
        }

        public Builder threads(int count) {
            threads = count;
            return this;
        }

        /** Where to keep results between runs so unchanged documents are skipped; {@code null} turns it off. */
        public Builder cacheFile(Path file) {
            cacheFile = file;
            return this;
        }

        /** Per-rule severity ({@code error}, {@code warning}, {@code info}) or {@code off}. */
        public Builder ruleSeverities(Map<String, String> severities) {
            ruleSeverities = Map.copyOf(severities);
            return this;
        }

        /** Comma list of rule ids or categories whose findings are dropped. */
        public Builder violationIgnore(String ignore) {
            violationIgnore = ignore == null ? "" : ignore;
            return this;
        }

        /** YAML file of accepted findings (see {@code Suppressions}); {@code null} for none. */
        public Builder suppressionsFile(Path file) {
            suppressionsFile = file;
            return this;
        }

        /** Baseline of known findings; only findings not in it count. {@code null} for none. */
        public Builder baselineFile(Path file) {
            baselineFile = file;
            return this;
        }

        /** Write the HTML review pages under {@code <outputDirectory>/report/}. */
        public Builder htmlReport(boolean write) {
            htmlReport = write;
            return this;
        }

        /** YAML of places the embedded gazetteer lacks or names wrongly; {@code null} for none. */
        public Builder projectGazetteer(Path file) {
            projectGazetteer = file;
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(
                    corpusDirectories,
                    includes,
                    excludes,
                    encoding,
                    metadataFileName,
                    actorRegistry,
                    outputDirectory,
                    writeXmi,
                    threads,
                    cacheFile,
                    ruleSeverities,
                    violationIgnore,
                    suppressionsFile,
                    baselineFile,
                    htmlReport,
                    projectGazetteer);
        }
    }
}
