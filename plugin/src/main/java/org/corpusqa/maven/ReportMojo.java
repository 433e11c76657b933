package org.corpusqa.maven;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.corpusqa.check.CheckException;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.CorpusChecker;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.corpusqa.corpus.CorpusMetadata;

/**
 * The {@code mvn site} page {@code corpusqa.html}: the documents, findings per rule and severity,
 * the violations at {@code violationSeverity}, suppressed and baselined counts, and a table of the
 * findings. Configure it under {@code <reporting>} with the same configuration as {@code check}.
 *
 * <p>It counts exactly as {@code check} does: the request comes from the same {@link
 * CheckSettings}, and the result from the same {@link CorpusChecker}, sharing {@code check}'s
 * default cache and XMI directory so a site built after {@code verify} re-annotates nothing.
 *
 * <p>Why the parameters below repeat {@code check}'s: Maven injects parameters only into a mojo's
 * own fields, and a report must extend {@link AbstractMavenReport} rather than {@link
 * AbstractCorpusQaMojo}. Only the parameters that change what is read or counted are repeated, with
 * {@code check}'s names, properties and defaults, so one configuration block fits both. {@code
 * outputDirectory} is not among them: {@code AbstractMavenReport} uses that name for the site
 * directory.
 */
@Mojo(
        name = "report",
        defaultPhase = LifecyclePhase.SITE,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractMavenReport {

    /** Directories holding the corpus documents (as for {@code check}). */
    @Parameter(property = "corpusqa.corpusDirectories", defaultValue = "${project.basedir}/corpus")
    List<File> corpusDirectories;

    /** Globs of documents to check, relative to each corpus directory (as for {@code check}). */
    @Parameter(property = "corpusqa.includes", defaultValue = "**/*.txt")
    List<String> includes;

    /** Globs of documents to leave out (as for {@code check}). */
    @Parameter(property = "corpusqa.excludes")
    List<String> excludes;

    /** Encoding of the documents; malformed input is an error (as for {@code check}). */
    @Parameter(property = "corpusqa.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /** Name of the per-corpus metadata file (as for {@code check}). */
    @Parameter(property = "corpusqa.metadataFile", defaultValue = CorpusMetadata.DEFAULT_FILE_NAME)
    String metadataFile;

    /** The actor registry YAML; without it only states resolve (as for {@code check}). */
    @Parameter(property = "corpusqa.actorRegistry")
    File actorRegistry;

    /**
     * YAML file of places the embedded GeoNames gazetteer lacks or names wrongly (id, name,
     * aliases, kind, country, lat, lon); its entries take over the names they declare.
     */
    @Parameter(property = "corpusqa.projectGazetteer")
    File projectGazetteer;

    /** Per-rule severity or {@code off} (as for {@code check}). */
    @Parameter
    Map<String, String> rules;

    /** Comma list of rule ids or categories to ignore (as for {@code check}). */
    @Parameter(property = "corpusqa.violationIgnore")
    String violationIgnore;

    /** YAML file of accepted findings, each with a reason (as for {@code check}). */
    @Parameter(property = "corpusqa.suppressionsFile")
    File suppressionsFile;

    /** Baseline of known findings; when set, only findings not in it count (as for {@code check}). */
    @Parameter(property = "corpusqa.baselineFile")
    File baselineFile;

    /** The lowest severity that counts as a violation: error, warning or info (as for {@code check}). */
    @Parameter(property = "corpusqa.violationSeverity", defaultValue = "error")
    String violationSeverity;

    /** Skip the report (as {@code corpusqa.skip} skips every goal). */
    @Parameter(property = "corpusqa.skip", defaultValue = "false")
    boolean skip;

    /**
     * Leave the page out of the site when no findings count (after {@code violationIgnore},
     * suppressions and the baseline). As in Checkstyle, the page is also left out when no corpus
     * directory exists, since there is nothing to report on.
     */
    @Parameter(property = "corpusqa.skipEmptyReport", defaultValue = "true")
    boolean skipEmptyReport;

    /** Computed once: Maven asks {@link #canGenerateReport()} before and again during generation. */
    private Boolean canGenerate;

    private CheckResult result;

    /** The page, {@code corpusqa.html} in the site. */
    @Override
    public String getOutputPath() {
        return "corpusqa";
    }

    /** Still abstract in maven-reporting-api 4.0.0, though deprecated there for {@link #getOutputPath()}. */
    @Override
    @SuppressWarnings("deprecation")
    public String getOutputName() {
        return getOutputPath();
    }

    @Override
    public String getName(Locale locale) {
        return "corpusqa";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Unresolved references and corpus findings";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    /**
     * False when skipped, when no corpus directory exists, or, with {@code skipEmptyReport}, when
     * the check finds nothing that counts; the check then runs here, once, as in the PMD report.
     */
    @Override
    public boolean canGenerateReport() throws MavenReportException {
        if (canGenerate == null) {
            canGenerate = decide();
        }
        return canGenerate;
    }

    private boolean decide() throws MavenReportException {
        if (skip) {
            getLog().info("Skipping corpusqa report");
            return false;
        }
        CheckSettings settings = settings();
        if (corpusDirectories.stream().map(settings::path).noneMatch(Files::isDirectory)) {
            getLog().info("corpusqa: no corpus directory " + corpusDirectories + "; no report");
            return false;
        }
        if (skipEmptyReport && result().findings().isEmpty()) {
            getLog().info("corpusqa: no findings; report skipped (skipEmptyReport)");
            return false;
        }
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        CheckResult checked = result();
        new ReportRenderer(getSink(), checked, threshold(), baselineFile != null, settings()::relative).render();
    }

    /** The check, run once; fails as {@code check} does when a document cannot be read. */
    private CheckResult result() throws MavenReportException {
        if (result != null) {
            return result;
        }
        Severity threshold = threshold();
        CheckResult checked;
        try {
            checked = new CorpusChecker().check(settings().request(getLog()), new ProgressLog(getLog()));
        } catch (IllegalArgumentException | CheckException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        if (!checked.unreadable().isEmpty()) {
            throw new MavenReportException(checked.unreadable().size() + " document(s) could not be annotated: "
                    + String.join(
                            "; ",
                            checked.unreadable().stream().map(Finding::message).toList()));
        }
        getLog().info("corpusqa report: " + checked.documents() + " documents (" + checked.reused()
                + " unchanged, taken from the cache), " + checked.findings().size() + " findings, "
                + checked.countAtLeast(threshold) + " at severity " + threshold.label() + " or above");
        result = checked;
        return result;
    }

    private Severity threshold() throws MavenReportException {
        try {
            return CheckSettings.violationSeverity(violationSeverity);
        } catch (IllegalArgumentException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /**
     * This report's parameters for {@link CheckSettings}, the request building {@code check} uses.
     * What is not a parameter here takes {@code check}'s default: all cores, and the cache and XMI
     * under {@code ${project.build.directory}/corpusqa}, so the report reuses what {@code check}
     * wrote; HTML review pages are left to {@code annotate}.
     */
    private CheckSettings settings() {
        CheckSettings s = new CheckSettings();
        s.corpusDirectories = corpusDirectories;
        s.includes = includes;
        s.excludes = excludes;
        s.encoding = encoding;
        s.metadataFile = metadataFile;
        s.actorRegistry = actorRegistry;
        s.projectGazetteer = projectGazetteer;
        s.outputDirectory = new File(project.getBuild().getDirectory(), "corpusqa");
        s.threads = 0;
        s.cacheFile = new File(s.outputDirectory, "corpusqa-cache");
        s.rules = rules;
        s.violationIgnore = violationIgnore;
        s.suppressionsFile = suppressionsFile;
        s.baselineFile = baselineFile;
        s.htmlReport = false;
        s.basedir = project.getBasedir();
        return s;
    }
}
