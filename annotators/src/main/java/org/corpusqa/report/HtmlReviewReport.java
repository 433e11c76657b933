package org.corpusqa.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.uima.jcas.JCas;
import org.corpusqa.check.Finding;

/**
 * A static HTML report for reviewing annotations: {@code <outputDirectory>/report/index.html}
 * (overview, paged) and one page per document under {@code report/docs/}, with the text, the
 * Actor, Location, Numeral and Quote annotations highlighted (features on hover), findings
 * underlined, listed, marked in the margin and linked, and checkboxes filtering by type and rule.
 * Pages inline their style and script: they open from disk, offline.
 *
 * <p>Built for streaming from worker threads: {@link #addDocument} writes the document's page at
 * once and keeps only a small overview row, so memory does not grow with the texts; {@link
 * #finish} then writes the overview sorted worst-first, independent of thread order.
 *
 * <p>Stable hooks for browser tests: {@code #filters} (checkboxes with {@code data-type} or {@code
 * data-filter-rule}), {@code .ann-actor}, {@code .ann-location}, {@code .ann-numeral},
 * {@code .ann-quote}, {@code .finding} with {@code data-rule} and ids {@code f-1}, {@code f-2}… in
 * text order, margin links {@code .mark}, {@code #findings}, lines {@code #L<n>}, the overview's
 * {@code #totals}, {@code #rules} and {@code #document-table}.
 */
public final class HtmlReviewReport {
    /** Name of the report directory inside the output directory. */
    public static final String DIRECTORY = "report";

    /**
     * The name under which the checker reports {@link #generationMillis()} among its stages, so
     * that the benchmark shows what the report costs apart from annotating.
     */
    public static final String STAGE = "html-report";

    private static final Pattern OVERVIEW_PAGE = Pattern.compile("index(?:-(\\d+))?\\.html");

    private final Path directory;
    private final Map<String, RuleDescriptor> catalog;
    private final Queue<DocumentSummary> summaries = new ConcurrentLinkedQueue<>();
    private final Map<String, Boolean> claimedPages = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> createdDirectories = new ConcurrentHashMap<>();
    private final Set<String> writtenPages = ConcurrentHashMap.newKeySet();
    private final Map<String, OverviewPages.RuleFacts> ruleFacts = new ConcurrentHashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<PageWriter> writers = ThreadLocal.withInitial(PageWriter::new);
    private final LongAdder addNanos = new LongAdder();
    private long finishNanos;
    private boolean finished;

    /** A report in {@code outputDirectory/report}, without rule descriptions. */
    public HtmlReviewReport(Path outputDirectory) throws IOException {
        this(outputDirectory, List.of());
    }

    /**
     * A report in {@code outputDirectory/report}. Pages of an earlier report there are overwritten,
     * and those this report does not write again are removed by {@link #finish}.
     *
     * @param rules the rule catalog, for the descriptions in the overview's rule table
     */
    public HtmlReviewReport(Path outputDirectory, List<RuleDescriptor> rules) throws IOException {
        this.directory = outputDirectory.resolve(DIRECTORY);
        Map<String, RuleDescriptor> byId = new HashMap<>();
        rules.forEach(rule -> byId.put(rule.id(), rule));
        this.catalog = Map.copyOf(byId);
        Files.createDirectories(directory);
    }

    /** The report directory: {@code outputDirectory/report}. */
    public Path directory() {
        return directory;
    }

    /** The overview's first page. */
    public Path index() {
        return directory.resolve(OverviewPages.fileName(1));
    }

    /**
     * Writes the page of one document and remembers its overview row. Safe to call from several
     * threads at once; reads the CAS only during the call.
     *
     * @param annotatedCas the annotated document; {@code null} for a document that could not be
     *     read, whose page then lists its findings only
     * @param relativePath the document's path relative to its corpus root, unique in this report
     *     (a repeated path gets a page of its own with a {@code ~2} suffix)
     * @param findings the document's findings
     * @return the page written
     * @throws IllegalStateException after {@link #finish}
     */
    public Path addDocument(JCas annotatedCas, String relativePath, List<Finding> findings) throws IOException {
        long start = System.nanoTime();
        lock.readLock().lock();
        try {
            if (finished) {
                throw new IllegalStateException("the report is finished");
            }
            String page = claimPage(relativePath);
            int depth = (int) page.chars().filter(c -> c == '/').count();
            PageWriter writer = writers.get();
            DocumentSummary summary = DocumentPage.render(
                    annotatedCas,
                    relativePath,
                    page,
                    "../".repeat(depth) + OverviewPages.fileName(1),
                    findings,
                    writer.start());
            Path file = directory.resolve(page);
            ensureDirectory(file.getParent());
            writer.write(file);
            writtenPages.add(page);
            for (Finding finding : findings) {
                ruleFacts.merge(
                        finding.ruleId(),
                        new OverviewPages.RuleFacts(nullToEmpty(finding.category()), finding.severity()),
                        OverviewPages.RuleFacts::merge);
            }
            summaries.add(summary);
            return file;
        } finally {
            lock.readLock().unlock();
            addNanos.add(System.nanoTime() - start);
        }
    }

    /**
     * Writes the overview pages and removes the pages an earlier report left that this one did not
     * write again. Call once, after the last {@link #addDocument} has returned.
     */
    public void finish() throws IOException {
        long start = System.nanoTime();
        lock.writeLock().lock();
        try {
            if (finished) {
                throw new IllegalStateException("the report is already finished");
            }
            finished = true;
            int pages = OverviewPages.write(directory, new ArrayList<>(summaries), Map.copyOf(ruleFacts), catalog);
            removeStalePages(pages);
        } finally {
            finishNanos = System.nanoTime() - start;
            lock.writeLock().unlock();
        }
    }

    /**
     * What the report has cost so far, in milliseconds: the time spent in {@link #addDocument},
     * summed over the threads that called it, plus the wall time of {@link #finish}. This is the
     * figure the "generated in under 20 s" bar is read from; the rest of a run is annotating.
     */
    public long generationMillis() {
        lock.readLock().lock();
        try {
            return (addNanos.sum() + finishNanos) / 1_000_000;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The page's path in the report: {@code docs/} plus the document path with every character
     * outside {@code [A-Za-z0-9._-]} replaced by {@code _}, plus {@code .html}. Safe as a file name
     * and as an href on every OS; clashes (also case-only ones) get {@code ~2}, {@code ~3}…
     */
    private String claimPage(String relativePath) {
        String base = "docs/" + sanitise(relativePath);
        String page = base + ".html";
        for (int n = 2; claimedPages.putIfAbsent(page.toLowerCase(Locale.ROOT), Boolean.TRUE) != null; n++) {
            page = base + "~" + n + ".html";
        }
        return page;
    }

    static String sanitise(String relativePath) {
        StringBuilder out = new StringBuilder(relativePath.length());
        for (String segment : relativePath.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            if (segment.equals("..")) {
                out.append("__");
                continue;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                boolean safe = (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '.'
                        || c == '-'
                        || c == '_';
                out.append(safe ? c : '_');
            }
        }
        return out.length() == 0 ? "_" : out.toString();
    }

    /**
     * Removes earlier pages that this report did not write: overview pages past the last, and
     * document pages of documents no longer in the corpus, which nothing links to any more.
     */
    private void removeStalePages(int overviewPages) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Matcher page = OVERVIEW_PAGE.matcher(file.getFileName().toString());
                if (page.matches() && page.group(1) != null && Integer.parseInt(page.group(1)) > overviewPages) {
                    Files.delete(file);
                }
            }
        }
        Path docs = directory.resolve("docs");
        if (!Files.isDirectory(docs)) {
            return;
        }
        List<Path> tree;
        try (Stream<Path> walk = Files.walk(docs)) {
            tree = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : tree) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> left = Files.list(path)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(path);
                    }
                }
            } else if (path.getFileName().toString().endsWith(".html")
                    && !writtenPages.contains(
                            directory.relativize(path).toString().replace('\\', '/'))) {
                Files.delete(path);
            }
        }
    }

    /** Creates a page's directory once, not once per page: most pages share one. */
    private void ensureDirectory(Path path) throws IOException {
        if (!createdDirectories.containsKey(path)) {
            Files.createDirectories(path);
            createdDirectories.put(path, Boolean.TRUE);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
