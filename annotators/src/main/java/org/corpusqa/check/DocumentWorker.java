package org.corpusqa.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineManagement;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasIOUtils;
import org.corpusqa.corpus.CorpusFile;
import org.corpusqa.corpus.CorpusMetadata;
import org.corpusqa.corpus.DocumentDecoder;
import org.corpusqa.corpus.MalformedDocumentException;
import org.corpusqa.corpus.SourceDocument;
import org.corpusqa.io.XmiWriter;
import org.corpusqa.report.HtmlReviewReport;
import org.corpusqa.rules.DocumentChecks;
import org.corpusqa.rules.DocumentSummary;
import org.corpusqa.rules.SourceDocumentView;
import org.corpusqa.type.DocumentInfo;

/**
 * Annotates documents one at a time on one thread, with its own engine and one CAS that it resets
 * and reuses: document in, findings out. It shares nothing mutable with other workers, which is
 * what makes the check parallel and lets the same code run on a distributed engine later.
 */
final class DocumentWorker implements AutoCloseable {
    static final String XMI_STAGE = "xmi-writing";
    /** The per-document validation: the text rules and the summary the corpus rules merge. */
    static final String TEXT_RULES_STAGE = "text-rules";

    /**
     * Text rules run with all rules on at their default severity; configuration is applied to all
     * findings at the end, so cached findings stay valid when only the configuration changes.
     */
    private static final DocumentChecks TEXT_RULES = new DocumentChecks();

    private final CheckRequest request;
    private final XmiStore xmi;
    private final AnalysisEngineDescription description;
    /** Made on the first document that needs annotating: a check of an unchanged corpus needs none. */
    private AnalysisEngine engine;

    private JCas jcas;
    private final XmiWriter xmiWriter = new XmiWriter();
    private long xmiNanos;
    private long textRulesNanos;

    private final ResultCache cache;
    private final HtmlReviewReport review;

    DocumentWorker(
            AnalysisEngineDescription description,
            CheckRequest request,
            XmiStore xmi,
            ResultCache cache,
            HtmlReviewReport review) {
        this.review = review;
        this.request = request;
        this.xmi = xmi;
        this.cache = cache;
        this.description = description;
    }

    /**
     * The worker's CAS, made with its engine on first use: creating the engine loads the
     * gazetteer, compiles the matchers and initialises every annotator, which a document that is
     * taken from the cache does not need.
     *
     * @throws StartFailure when the engine cannot be created
     */
    private JCas jcas() {
        if (jcas == null) {
            try {
                engine = AnalysisEngineFactory.createEngine(description);
                jcas = engine.newJCas();
            } catch (ResourceInitializationException e) {
                throw new StartFailure(e);
            }
        }
        return jcas;
    }

    /** The annotators could not be set up; carries the {@link ResourceInitializationException}. */
    static final class StartFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartFailure(ResourceInitializationException cause) {
            super(cause);
        }
    }

    /**
     * Reads one document and takes its results from the cache when its bytes and metadata date are
     * unchanged, without decoding it; otherwise annotates and writes it.
     */
    DocumentOutcome process(CorpusFile file, CorpusMetadata metadata) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            return unreadable(
                    file,
                    "unreadable-document",
                    "io",
                    "cannot read " + file.relativePath() + ": " + e,
                    "check the file's permissions");
        }
        String cacheKey = cacheKey(file);
        // The date line is part of the bytes; only a metadata date can change from outside them.
        String contentKey =
                ResultCache.contentKey(bytes, metadata.date(file.relativePath()).orElse(""));
        ResultCache.Hit cached = cache.lookup(cacheKey, contentKey, file.path(), file.relativePath());
        if (cached != null && (!request.writeXmi() || Files.isRegularFile(xmi.xmiFile(file.relativePath())))) {
            if (review == null || reviewFromXmi(file, cached.findings())) {
                return new DocumentOutcome(cached.findings(), null, true, cached.summary(), contentKey);
            }
        }
        String text;
        try {
            text = DocumentDecoder.decode(bytes, request.encoding(), file.relativePath());
        } catch (MalformedDocumentException e) {
            return unreadable(
                    file,
                    "malformed-encoding",
                    "encoding",
                    e.getMessage(),
                    "fix the bytes at that offset or set the right <encoding>");
        }
        return annotate(file, SourceDocument.of(file, text, metadata), cacheKey, contentKey);
    }

    /** Annotates a decoded document, writes its XMI and review page, and records it in the cache. */
    private DocumentOutcome annotate(CorpusFile file, SourceDocument document, String cacheKey, String contentKey) {
        String text = document.text();
        long rulesStart = System.nanoTime();
        SourceDocumentView view = SourceDocumentView.of(document);
        DocumentSummary summary = DocumentSummary.of(view);
        List<Finding> textFindings = TEXT_RULES.check(view);
        textRulesNanos += System.nanoTime() - rulesStart;
        JCas jcas = jcas();
        jcas.reset();
        jcas.setDocumentText(document.text());
        jcas.setDocumentLanguage("en");
        DocumentInfo info = new DocumentInfo(jcas, 0, text.length());
        info.setSourcePath(file.relativePath());
        info.setDate(document.date());
        info.setDateSource(document.dateSource());
        info.setTitle(document.header().title());
        info.addToIndexes();
        for (Finding finding : textFindings) {
            addFindingAnnotation(jcas, finding);
        }
        try {
            engine.process(jcas);
        } catch (AnalysisEngineProcessException e) {
            return unreadable(
                    file,
                    "annotator-failure",
                    "internal",
                    "annotating " + file.relativePath() + " failed: " + e,
                    "report this as a corpusqa bug with the document attached");
        }
        List<Finding> findings = FindingCollector.collect(jcas, file.path(), file.relativePath());
        if (request.writeXmi()) {
            long start = System.nanoTime();
            try {
                xmi.write(jcas.getCas(), file.relativePath(), xmiWriter);
                xmiNanos += System.nanoTime() - start;
            } catch (IOException e) {
                try {
                    xmi.delete(file.relativePath());
                } catch (IOException notDeleted) {
                    e.addSuppressed(notDeleted);
                }
                return xmiWriteFailure(file, e);
            }
        }
        if (review != null) {
            try {
                review.addDocument(jcas, file.relativePath(), findings);
            } catch (IOException e) {
                return unreadable(
                        file,
                        "report-write-failure",
                        "io",
                        "cannot write the review page of " + file.relativePath() + ": " + e,
                        "check that the output directory is writable");
            }
        }
        cache.record(cacheKey, contentKey, findings, summary);
        return new DocumentOutcome(findings, null, false, summary, contentKey);
    }

    private DocumentOutcome unreadable(CorpusFile file, String ruleId, String category, String message, String hint) {
        try {
            xmi.delete(file.relativePath());
        } catch (IOException e) {
            message = message + " (and its old XMI could not be removed: " + e + ")";
        }
        return failed(file, ruleId, category, message, hint);
    }

    /** The outcome of a document whose XMI could not be written (an older one is already removed). */
    static DocumentOutcome xmiWriteFailure(CorpusFile file, IOException e) {
        return failed(
                file,
                "xmi-write-failure",
                "io",
                "cannot write the XMI of " + file.relativePath() + ": " + e
                        + (e.getSuppressed().length > 0
                                ? " (and its old XMI could not be removed: " + e.getSuppressed()[0] + ")"
                                : ""),
                "check that the output directory is writable");
    }

    private static DocumentOutcome failed(
            CorpusFile file, String ruleId, String category, String message, String hint) {
        Finding finding = new Finding(
                file.path(), file.relativePath(), 1, 1, 0, 0, ruleId, category, Severity.ERROR, message, hint, "");
        return new DocumentOutcome(List.of(), finding, false, null, null);
    }

    /**
     * Milliseconds spent per stage so far: each annotator of the aggregate (UIMA's own management
     * counters), {@value #TEXT_RULES_STAGE} for validation and {@value #XMI_STAGE} for serialisation.
     */
    Map<String, Long> stageMillis() {
        Map<String, Long> stages = new LinkedHashMap<>();
        if (engine != null) {
            for (Map.Entry<String, AnalysisEngineManagement> component :
                    engine.getManagementInterface().getComponents().entrySet()) {
                stages.put(component.getKey(), component.getValue().getAnalysisTime());
            }
        }
        stages.put(TEXT_RULES_STAGE, textRulesNanos / 1_000_000);
        stages.put(XMI_STAGE, xmiNanos / 1_000_000);
        return stages;
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.destroy();
        }
    }

    /**
     * Findings of one document, or the reason it could not be annotated, the small summary the
     * corpus-wide rules merge, and the content key its results are cached under (null when
     * unreadable).
     */
    record DocumentOutcome(
            List<Finding> findings, Finding unreadable, boolean reused, DocumentSummary summary, String contentKey) {}

    /**
     * Renders the review page of an unchanged document from its XMI, so a cached run still has a
     * complete report; false when the XMI cannot be read and the document must be annotated again.
     */
    private boolean reviewFromXmi(CorpusFile file, List<Finding> findings) {
        JCas jcas = jcas();
        jcas.reset();
        try (InputStream in = Files.newInputStream(xmi.xmiFile(file.relativePath()))) {
            CasIOUtils.load(in, jcas.getCas());
            review.addDocument(jcas, file.relativePath(), findings);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Puts a text rule's finding into the CAS, so that reviewers see it highlighted in the CAS
     * Editor like the annotators' findings, and it is collected with them.
     */
    private static void addFindingAnnotation(JCas jcas, Finding finding) {
        org.corpusqa.type.Finding annotation =
                new org.corpusqa.type.Finding(jcas, finding.begin(), Math.max(finding.begin(), finding.end()));
        annotation.setRuleId(finding.ruleId());
        annotation.setCategory(finding.category());
        annotation.setSeverity(finding.severity().label());
        annotation.setMessage(finding.message());
        annotation.setHint(finding.hint());
        annotation.addToIndexes();
    }

    /** The key a document's results are cached under: its absolute path. */
    static String cacheKey(CorpusFile file) {
        return file.path().toAbsolutePath().normalize().toString();
    }
}
