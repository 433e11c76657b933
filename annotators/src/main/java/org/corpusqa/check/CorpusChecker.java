package org.corpusqa.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.corpusqa.corpus.CorpusFile;
import org.corpusqa.corpus.CorpusMetadata;
import org.corpusqa.corpus.CorpusScanner;
import org.corpusqa.locations.GazetteerFormatException;
import org.corpusqa.locations.ProjectGazetteerReader;
import org.corpusqa.pipeline.CorpusQaPipeline;
import org.corpusqa.registry.RegistryException;
import org.corpusqa.registry.RegistryLoader;
import org.corpusqa.report.HtmlReviewReport;
import org.corpusqa.report.RuleDescriptor;
import org.corpusqa.rules.Baseline;
import org.corpusqa.rules.CorpusRules;
import org.corpusqa.rules.DocumentSummary;
import org.corpusqa.rules.FilteredFindings;
import org.corpusqa.rules.FindingFilter;
import org.corpusqa.rules.RuleConfig;
import org.corpusqa.rules.RulesFileException;
import org.corpusqa.rules.Suppressions;

/**
 * The Maven-free checking service: selects the documents of a corpus, annotates each with the
 * corpusqa aggregate on {@code threads} workers, writes XMI for review and returns the findings.
 * The Maven goals, the benchmark and the tests all call this one class.
 *
 * <p>Each document is processed on its own; results are gathered in document order, so output is
 * the same whatever the thread count.
 */
public final class CorpusChecker {
    /** By path (compared as paths, which makes no strings), then position and rule. */
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::begin)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::ruleId);

    /** Stage name of the time spent creating XMI files, mostly on the background thread. */
    public static final String XMI_FILES_STAGE = "xmi-files (background)";
    /** Stage name of the corpus-wide rules' merge (duplicates, boilerplate), after all documents. */
    public static final String CORPUS_RULES_STAGE = "corpus-rules";

    private final String pipelineId;
    private final PipelineFactory pipeline;

    /** A checker running the corpusqa aggregate. */
    public CorpusChecker() {
        this("corpusqa", CorpusQaPipeline::create);
    }

    /**
     * A checker running another pipeline.
     *
     * @param pipelineId names the pipeline in cache keys; it must change when the pipeline does
     */
    public CorpusChecker(String pipelineId, PipelineFactory pipeline) {
        this.pipelineId = pipelineId;
        this.pipeline = pipeline;
    }

    public CheckResult check(CheckRequest request) throws CheckException {
        return check(request, ProgressListener.NONE);
    }

    /** Checks the corpus, telling {@code progress} after each document. */
    public CheckResult check(CheckRequest request, ProgressListener progress) throws CheckException {
        Inputs inputs = inputs(request);
        XmiStore xmi = new XmiStore(request.outputDirectory().resolve("xmi"));
        try {
            return check(request, progress, inputs, xmi);
        } finally {
            xmi.close();
        }
    }

    /**
     * Everything read and validated before any document is: a bad registry, gazetteer, rule
     * configuration, suppressions file or baseline fails the check before any work.
     */
    private record Inputs(
            List<CorpusFile> files,
            Map<Path, CorpusMetadata> metadata,
            FindingFilter filter,
            Baseline baseline,
            String configKey) {}

    private Inputs inputs(CheckRequest request) throws CheckException {
        String registryHash = validateRegistry(request.actorRegistry());
        String gazetteerHash = validateProjectGazetteer(request.projectGazetteer());
        FindingFilter filter = new FindingFilter(ruleConfig(request), suppressions(request));
        Baseline baseline = baseline(request);
        return new Inputs(
                scan(request),
                readMetadata(request),
                filter,
                baseline,
                configKey(request, registryHash, gazetteerHash));
    }

    private CheckResult check(CheckRequest request, ProgressListener progress, Inputs inputs, XmiStore xmi)
            throws CheckException {
        List<CorpusFile> files = inputs.files();
        AnalysisEngineDescription description;
        try {
            description = pipeline.create(request);
            if (request.writeXmi()) {
                xmi.writeTypeSystem(TypeSystemDescriptionFactory.createTypeSystemDescription());
            }
        } catch (ResourceInitializationException e) {
            throw new CheckException("cannot set up the annotators: " + rootMessage(e), e);
        } catch (IOException e) {
            throw new CheckException("cannot write to " + xmi.directory() + ": " + e.getMessage(), e);
        }
        Map<String, Long> stages = new ConcurrentHashMap<>();
        ResultCache cache = ResultCache.open(request.cacheFile(), inputs.configKey());
        HtmlReviewReport review = reviewReport(request);
        DocumentWorker.DocumentOutcome[] outcomes =
                annotateAll(request, description, xmi, cache, review, files, inputs.metadata(), stages, progress);
        failXmiNotWritten(xmi, files, outcomes, cache);
        stages.put(XMI_FILES_STAGE, xmi.fileMillis());
        List<Finding> findings = new ArrayList<>();
        List<Finding> unreadable = new ArrayList<>();
        List<DocumentSummary> summaries = new ArrayList<>();
        int reused = 0;
        List<String> annotated = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            DocumentWorker.DocumentOutcome outcome = outcomes[i];
            findings.addAll(outcome.findings());
            reused += outcome.reused() ? 1 : 0;
            if (outcome.unreadable() == null) {
                annotated.add(files.get(i).relativePath());
                summaries.add(outcome.summary());
            } else {
                unreadable.add(outcome.unreadable());
            }
        }
        long corpusRulesStart = System.nanoTime();
        findings.addAll(corpusFindings(cache, summaries, outcomes));
        stages.put(CORPUS_RULES_STAGE, (System.nanoTime() - corpusRulesStart) / 1_000_000);
        summaries.clear();
        findings.sort(ORDER);
        try {
            cache.save();
        } catch (IOException e) {
            throw new CheckException("cannot write the cache file " + request.cacheFile() + ": " + e.getMessage(), e);
        }
        if (review != null) {
            try {
                review.finish();
                stages.put(HtmlReviewReport.STAGE, review.generationMillis());
            } catch (IOException e) {
                throw new CheckException("cannot write the review report: " + e.getMessage(), e);
            }
        }
        FilteredFindings filtered = inputs.filter().apply(findings);
        Baseline.Result baselined = inputs.baseline().apply(filtered.active());
        return new CheckResult(
                files.size(),
                reused,
                baselined.newFindings(),
                unreadable,
                xmi.directory(),
                stages,
                annotated,
                filtered.suppressed(),
                baselined.baselined(),
                baselined.staleEntries());
    }

    private DocumentWorker.DocumentOutcome[] annotateAll(
            CheckRequest request,
            AnalysisEngineDescription description,
            XmiStore xmi,
            ResultCache cache,
            HtmlReviewReport review,
            List<CorpusFile> files,
            Map<Path, CorpusMetadata> metadata,
            Map<String, Long> stages,
            ProgressListener progress)
            throws CheckException {
        DocumentWorker.DocumentOutcome[] outcomes = new DocumentWorker.DocumentOutcome[files.size()];
        int workers = Math.max(1, Math.min(request.threads(), files.size()));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "corpusqa-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(executor.submit(() -> {
                    try (DocumentWorker worker = new DocumentWorker(description, request, xmi, cache, review)) {
                        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                            CorpusFile file = files.get(i);
                            outcomes[i] = worker.process(file, metadata.get(file.root()));
                            progress.documentDone(done.incrementAndGet(), files.size());
                        }
                        worker.stageMillis().forEach((stage, millis) -> stages.merge(stage, millis, Long::sum));
                    }
                    return null;
                }));
            }
            for (Future<Void> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            Throwable cause =
                    e.getCause() instanceof DocumentWorker.StartFailure failure ? failure.getCause() : e.getCause();
            throw new CheckException("cannot start the annotators: " + rootMessage(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckException("interrupted", e);
        } finally {
            executor.shutdownNow();
        }
        return outcomes;
    }

    /**
     * Waits for the XMI files still being written; a document whose file failed becomes an
     * {@code xmi-write-failure} and leaves the cache, so that the next run annotates it again.
     */
    private static void failXmiNotWritten(
            XmiStore xmi, List<CorpusFile> files, DocumentWorker.DocumentOutcome[] outcomes, ResultCache cache)
            throws CheckException {
        Map<String, IOException> failed;
        try {
            failed = xmi.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckException("interrupted", e);
        }
        for (int i = 0; i < outcomes.length && !failed.isEmpty(); i++) {
            IOException failure = failed.get(files.get(i).relativePath());
            if (failure != null && outcomes[i].unreadable() == null) {
                outcomes[i] = DocumentWorker.xmiWriteFailure(files.get(i), failure);
                cache.forget(DocumentWorker.cacheKey(files.get(i)));
            }
        }
    }

    /**
     * The findings of the corpus-wide rules, taken from the cache when no document was added,
     * removed, moved or changed since they were found: the key covers every annotated document's
     * path and content key, which determine the summaries the rules merge.
     */
    private static List<Finding> corpusFindings(
            ResultCache cache, List<DocumentSummary> summaries, DocumentWorker.DocumentOutcome[] outcomes) {
        StringBuilder documents = new StringBuilder();
        for (DocumentWorker.DocumentOutcome outcome : outcomes) {
            if (outcome.summary() != null) {
                documents
                        .append(outcome.summary().path())
                        .append('\0')
                        .append(outcome.contentKey())
                        .append('\n');
            }
        }
        String key = ResultCache.sha256(documents.toString().getBytes(StandardCharsets.UTF_8));
        List<Finding> cached = cache.corpusFindings(key);
        if (cached != null) {
            return cached;
        }
        List<Finding> found = new CorpusRules().merge(summaries);
        cache.recordCorpusFindings(key, found);
        return found;
    }

    /** Loads the registry once up front, so a bad file fails with its position before any work. */
    private static String validateRegistry(Path registry) throws CheckException {
        if (registry == null) {
            return "none";
        }
        try {
            return RegistryLoader.load(registry).contentHash();
        } catch (RegistryException e) {
            throw new CheckException("bad actor registry: " + e.getMessage(), e);
        }
    }

    /** Reads the project gazetteer once up front, so a bad entry fails with its position before any work. */
    private static String validateProjectGazetteer(Path gazetteer) throws CheckException {
        if (gazetteer == null) {
            return "none";
        }
        try {
            ProjectGazetteerReader.read(gazetteer);
            return ResultCache.sha256(java.nio.file.Files.readAllBytes(gazetteer));
        } catch (IOException | GazetteerFormatException e) {
            throw new CheckException("bad project gazetteer: " + e.getMessage(), e);
        }
    }

    /**
     * Everything besides a document's own bytes that changes its results: code version, pipeline,
     * registry content and options.
     */
    private String configKey(CheckRequest request, String registryHash, String gazetteerHash) {
        String key = String.join(
                "|",
                CodeVersion.get(),
                pipelineId,
                registryHash,
                gazetteerHash,
                request.encoding().name(),
                request.metadataFileName(),
                Boolean.toString(request.writeXmi()));
        return ResultCache.sha256(key.getBytes(StandardCharsets.UTF_8));
    }

    private static HtmlReviewReport reviewReport(CheckRequest request) throws CheckException {
        if (!request.htmlReport()) {
            return null;
        }
        try {
            return new HtmlReviewReport(request.outputDirectory(), RuleDescriptor.catalog());
        } catch (IOException e) {
            throw new CheckException(
                    "cannot create the review report in " + request.outputDirectory() + ": " + e.getMessage(), e);
        }
    }

    private static RuleConfig ruleConfig(CheckRequest request) throws CheckException {
        try {
            return RuleConfig.of(request.ruleSeverities(), request.violationIgnore());
        } catch (IllegalArgumentException e) {
            throw new CheckException("bad rule configuration: " + e.getMessage(), e);
        }
    }

    private static Suppressions suppressions(CheckRequest request) throws CheckException {
        if (request.suppressionsFile() == null) {
            return Suppressions.none();
        }
        try {
            return Suppressions.load(request.suppressionsFile());
        } catch (RulesFileException e) {
            throw new CheckException("bad suppressions file: " + e.getMessage(), e);
        }
    }

    private static Baseline baseline(CheckRequest request) throws CheckException {
        if (request.baselineFile() == null) {
            return Baseline.empty();
        }
        try {
            return Baseline.read(request.baselineFile());
        } catch (RulesFileException e) {
            throw new CheckException("bad baseline file: " + e.getMessage(), e);
        }
    }

    private static List<CorpusFile> scan(CheckRequest request) throws CheckException {
        if (request.corpusDirectories().isEmpty()) {
            throw new CheckException("no corpus directory given");
        }
        try {
            return new CorpusScanner(request.includes(), request.excludes()).scan(request.corpusDirectories());
        } catch (IOException e) {
            throw new CheckException("cannot list the corpus: " + e.getMessage(), e);
        }
    }

    private static Map<Path, CorpusMetadata> readMetadata(CheckRequest request) throws CheckException {
        Map<Path, CorpusMetadata> metadata = new HashMap<>();
        for (Path root : request.corpusDirectories()) {
            try {
                metadata.put(root, CorpusMetadata.read(root.resolve(request.metadataFileName())));
            } catch (IOException e) {
                throw new CheckException("cannot read corpus metadata in " + root + ": " + e.getMessage(), e);
            } catch (CorpusMetadata.MetadataException e) {
                throw new CheckException("bad corpus metadata: " + e.getMessage(), e);
            }
        }
        return metadata;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }
}
