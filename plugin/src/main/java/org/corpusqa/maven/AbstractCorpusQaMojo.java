package org.corpusqa.maven;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.corpusqa.check.CheckException;
import org.corpusqa.check.CheckRequest;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.CorpusChecker;
import org.corpusqa.check.Finding;
import org.corpusqa.corpus.CorpusMetadata;

/**
 * Parameters and flow shared by the goals: fill a {@link CheckRequest} (through {@link
 * CheckSettings}, which the site report uses too), run the {@link CorpusChecker}, write the result
 * file and log each finding once. The goals differ only in what they do with the result.
 */
abstract class AbstractCorpusQaMojo extends AbstractMojo {

    /** Directories holding the corpus documents. */
    @Parameter(property = "corpusqa.corpusDirectories", defaultValue = "${project.basedir}/corpus")
    List<File> corpusDirectories;

    /** Globs of documents to check, relative to each corpus directory. */
    @Parameter(property = "corpusqa.includes", defaultValue = "**/*.txt")
    List<String> includes;

    /** Globs of documents to leave out. */
    @Parameter(property = "corpusqa.excludes")
    List<String> excludes;

    /** Encoding of the documents; malformed input is an error, never replaced. */
    @Parameter(property = "corpusqa.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /** Name of the per-corpus metadata file (tab-separated, columns {@code document} and {@code date}). */
    @Parameter(property = "corpusqa.metadataFile", defaultValue = CorpusMetadata.DEFAULT_FILE_NAME)
    String metadataFile;

    /** The actor registry YAML; without it only states resolve. */
    @Parameter(property = "corpusqa.actorRegistry")
    File actorRegistry;

    /**
     * YAML file of places the embedded GeoNames gazetteer lacks or names wrongly (id, name,
     * aliases, kind, country, lat, lon); its entries take over the names they declare.
     */
    @Parameter(property = "corpusqa.projectGazetteer")
    File projectGazetteer;

    /** Where XMI ({@code xmi/}) and other outputs go. */
    @Parameter(property = "corpusqa.outputDirectory", defaultValue = "${project.build.directory}/corpusqa")
    File outputDirectory;

    /** The Checkstyle-compatible XML result file. */
    @Parameter(property = "corpusqa.output.file", defaultValue = "${project.build.directory}/corpusqa-result.xml")
    File outputFile;

    /** Result file formats, a comma list of {@code xml}, {@code sarif} and {@code plain}. */
    @Parameter(property = "corpusqa.outputFileFormat", defaultValue = "xml")
    String outputFileFormat;

    /** Root that SARIF paths are relative to: the repository, so code scanning can link them. */
    @Parameter(property = "corpusqa.repositoryRoot", defaultValue = "${maven.multiModuleProjectDirectory}")
    File repositoryRoot;

    /**
     * Write HTML review pages under {@code <outputDirectory>/report/}. Defaults to true for
     * {@code annotate} (review material) and false for {@code check} (the fast gate).
     */
    @Parameter(property = "corpusqa.htmlReport")
    Boolean htmlReport;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersionValue;

    /** Worker threads; 0 means one per available core. */
    @Parameter(property = "corpusqa.threads", defaultValue = "0")
    int threads;

    /** Log each finding to the console. */
    @Parameter(property = "corpusqa.console", defaultValue = "true")
    boolean logViolationsToConsole;

    /**
     * Reuse results of unchanged documents from the previous run. The cache is keyed by each
     * document's content and date plus the registry, configuration and corpusqa version.
     */
    @Parameter(property = "corpusqa.cache", defaultValue = "true")
    boolean cache;

    /** Where the cache is kept. */
    @Parameter(property = "corpusqa.cacheFile", defaultValue = "${project.build.directory}/corpusqa/corpusqa-cache")
    File cacheFile;

    /**
     * Per-rule severity or {@code off}, e.g. {@code <rules><missing-date>info</missing-date></rules>}.
     * Rule ids are listed in the README.
     */
    @Parameter
    Map<String, String> rules;

    /** Comma list of rule ids or categories to ignore, e.g. {@code unresolved-location,typography}. */
    @Parameter(property = "corpusqa.violationIgnore")
    String violationIgnore;

    /** YAML file of accepted findings, each with a reason (format in the README). */
    @Parameter(property = "corpusqa.suppressionsFile")
    File suppressionsFile;

    /**
     * Baseline of known findings written by {@code corpusqa:baseline}; when set, only findings not
     * in it count.
     */
    @Parameter(property = "corpusqa.baselineFile")
    File baselineFile;

    /** Skip the goal. */
    @Parameter(property = "corpusqa.skip", defaultValue = "false")
    boolean skip;

    /** The module directory; console paths are relative to it (the working directory without a project). */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** The parameters copied for the shared request building, set when the goal starts. */
    private CheckSettings settings;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping corpusqa " + goal());
            return;
        }
        settings = settings();
        CheckRequest request;
        try {
            request = settings.request(getLog());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        ResultFiles resultFiles;
        try {
            resultFiles = new ResultFiles(outputFileFormat, path(outputFile));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "parameter 'outputFileFormat' (corpusqa.outputFileFormat): " + e.getMessage(), e);
        }
        CheckResult result;
        long start = System.nanoTime();
        try {
            result = new CorpusChecker().check(request, new ProgressLog(getLog()));
        } catch (CheckException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        long elapsedNanos = System.nanoTime() - start;
        try {
            resultFiles.write(
                    result,
                    pluginVersion(),
                    repositoryRoot == null ? baseDirectory() : repositoryRoot.toPath(),
                    baseDirectory());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the result file: " + e.getMessage(), e);
        }
        if (logViolationsToConsole) {
            result.findings().forEach(this::log);
        }
        result.unreadable().forEach(this::log);
        getLog().info("corpusqa: " + result.documents() + " documents (" + result.reused()
                + " unchanged, taken from the cache), " + result.findings().size() + " findings; XMI in "
                + relative(result.xmiDirectory()));
        JvmOptionsHint.forRun(
                        result.documents() - result.reused(),
                        elapsedNanos,
                        ManagementFactory.getRuntimeMXBean().getInputArguments())
                .ifPresent(getLog()::info);
        if (!result.suppressed().isEmpty()) {
            getLog().info("corpusqa: " + result.suppressed().size() + " findings suppressed (listed in "
                    + relative(path(outputFile)) + ")");
        }
        if (baselineFile != null && useBaseline()) {
            getLog().info("corpusqa: " + result.baselined().size() + " findings in the baseline; "
                    + result.staleBaselineEntries() + " baseline entries no longer occur and can be removed");
        }
        if (!result.unreadable().isEmpty()) {
            throw new MojoExecutionException(result.unreadable().size() + " document(s) could not be annotated: "
                    + String.join(
                            "; ",
                            result.unreadable().stream().map(Finding::message).toList())
                    + ". See " + path(outputFile));
        }
        afterCheck(result);
    }

    /** This goal's parameters for {@link CheckSettings}, which builds the request as the site report does. */
    private CheckSettings settings() {
        CheckSettings s = new CheckSettings();
        s.corpusDirectories = corpusDirectories;
        s.includes = includes;
        s.excludes = excludes;
        s.encoding = encoding;
        s.metadataFile = metadataFile;
        s.actorRegistry = actorRegistry;
        s.projectGazetteer = projectGazetteer;
        s.outputDirectory = outputDirectory;
        s.threads = threads;
        s.cacheFile = cache ? cacheFile : null;
        s.rules = rules;
        s.violationIgnore = violationIgnore;
        s.suppressionsFile = suppressionsFile;
        s.baselineFile = useBaseline() ? baselineFile : null;
        s.htmlReport = htmlReport != null ? htmlReport : htmlReportByDefault();
        s.basedir = basedir;
        return s;
    }

    /** Whether HTML review pages are written when {@code htmlReport} is not set. */
    boolean htmlReportByDefault() {
        return false;
    }

    private String pluginVersion() {
        return pluginVersionValue == null ? "unknown" : pluginVersionValue;
    }

    /** Whether findings in the baseline are left out; the goal that writes the baseline needs them all. */
    boolean useBaseline() {
        return true;
    }

    final Path baseDirectory() {
        return settings.baseDirectory();
    }

    /** A path parameter resolved as {@link CheckSettings#path} does, also without a project. */
    final Path path(File file) {
        return settings.path(file);
    }

    /** The goal's name, for log lines. */
    abstract String goal();

    /** What the goal does with a result whose documents could all be read. */
    abstract void afterCheck(CheckResult result) throws MojoFailureException, MojoExecutionException;

    /** The console line: {@code path:[line,col] (category) ruleId: message}, Checkstyle's shape. */
    final void log(Finding finding) {
        String line = relative(finding.path()) + ":[" + finding.line() + "," + finding.column() + "] ("
                + finding.category() + ") " + finding.ruleId() + ": " + finding.message()
                + (finding.hint().isEmpty() ? "" : " (" + finding.hint() + ")");
        switch (finding.severity()) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            default -> getLog().info(line);
        }
    }

    final String relative(Path path) {
        return settings.relative(path);
    }
}
