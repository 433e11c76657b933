package org.corpusqa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corpusqa.check.CheckException;
import org.corpusqa.check.CheckRequest;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.CorpusChecker;
import org.corpusqa.corpus.CorpusMetadata;
import org.corpusqa.report.HtmlReviewReport;

/**
 * The project's benchmark: runs the whole check (read, annotate, write XMI, collect findings) on a
 * corpus, once per thread count, and prints documents/s, MB/s, tokens/s, wall time, peak heap and
 * the time per stage. Run it from the repository root:
 *
 * <pre>
 * mvn -B -q install -DskipTests -Dinvoker.skip
 * mvn -B -q -pl bench exec:exec -Dbench.args="--generate 20000 --threads 1,2"
 * </pre>
 *
 * <p>The first run of a JVM is labelled cold: every method is still interpreted and then compiled
 * while it runs, as in a Maven build. Later runs in the same JVM are warm, as the second module of
 * a multi-module build or a Maven daemon is. Compare thread counts within one of the two.
 *
 * <p>Options: {@code --corpus DIR} (check an existing corpus) or {@code --generate N} (make N
 * documents from {@code test-corpus/corpus}), {@code --threads 1,2}, {@code --registry FILE}
 * (default {@code test-corpus/actors.yml}), {@code --work DIR} (default {@code target/bench}),
 * {@code --no-xmi}, {@code --html} (also write the HTML review pages; stage {@code html-report} is
 * their own cost, read against the bar of 20 s for 20,000 documents), {@code --rerun} (check
 * again with the cache, as a build on an unchanged corpus does), {@code --cached} (only check with
 * the cache and output an earlier {@code --rerun} left in the work directory: a build on an
 * unchanged corpus in a fresh JVM; use it with {@code --corpus}).
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws IOException, CheckException {
        Path corpus = null;
        int generate = 0;
        List<Integer> threads = List.of(1, Runtime.getRuntime().availableProcessors());
        Path registry = Path.of("test-corpus/actors.yml");
        Path work = Path.of("target/bench");
        boolean xmi = true;
        boolean rerun = false;
        boolean html = false;
        boolean cached = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--generate" -> generate = Integer.parseInt(args[++i]);
                case "--threads" -> threads =
                        Stream.of(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--registry" -> registry = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--no-xmi" -> xmi = false;
                case "--rerun" -> rerun = true;
                case "--html" -> html = true;
                case "--cached" -> cached = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (expected --corpus DIR, --generate N, --threads 1,2, --registry FILE, --work DIR, --no-xmi, --rerun,"
                        + " --cached, --html)");
            }
        }
        if (corpus == null) {
            corpus = work.resolve("corpus");
            deleteTree(corpus);
            long bytes = CorpusGenerator.generate(
                    seeds(Path.of("test-corpus/corpus")), generate > 0 ? generate : 2000, 42, corpus);
            System.out.printf("generated %d documents, %.1f MB%n", generate, bytes / 1e6);
        }
        long[] size = measure(corpus);
        System.out.printf(
                "jvm options: %s%n",
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        System.out.printf(
                "corpus %s: %d documents, %.2f MB, %d tokens, max heap %d MB%n",
                corpus, size[0], size[1] / 1e6, size[2], Runtime.getRuntime().maxMemory() >> 20);
        List<Path> old = new ArrayList<>();
        boolean cold = true;
        for (int count : threads) {
            Path out = work.resolve("out-" + count);
            if (cached) {
                run(corpus, registry, out, count, xmi, html, size, true, " (cached, fresh JVM)");
                continue;
            }
            old.add(moveAside(out));
            run(corpus, registry, out, count, xmi, html, size, rerun, cold ? " (cold JVM)" : " (warm JVM)");
            cold = false;
            if (rerun) {
                run(corpus, registry, out, count, xmi, html, size, true, " (rerun, unchanged corpus)");
            }
        }
        for (Path path : old) {
            deleteTree(path);
        }
    }

    /**
     * Renames an earlier run's output out of the way, to be deleted after the measured runs: on a
     * disk that discards freed blocks online, deleting 20,000 files just before a run slowed the
     * file creation of that run by seconds.
     */
    private static Path moveAside(Path out) throws IOException {
        Path aside = out.resolveSibling(out.getFileName() + ".old-" + System.nanoTime());
        if (Files.exists(out)) {
            Files.move(out, aside);
        }
        return aside;
    }

    private static void run(
            Path corpus,
            Path registry,
            Path out,
            int threads,
            boolean xmi,
            boolean html,
            long[] size,
            boolean cache,
            String label)
            throws CheckException, IOException {
        resetPeaks();
        CheckRequest request = CheckRequest.builder()
                .corpusDirectory(corpus)
                .actorRegistry(Files.exists(registry) ? registry : null)
                .outputDirectory(out)
                .writeXmi(xmi)
                .threads(threads)
                .cacheFile(cache ? out.resolve("cache") : null)
                .htmlReport(html)
                .build();
        long start = System.nanoTime();
        CheckResult result = new CorpusChecker().check(request);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "threads=%d%s wall=%.2fs docs/s=%.0f MB/s=%.2f tokens/s=%.0f peakHeap=%dMB findings=%d reused=%d%n",
                threads,
                label,
                seconds,
                result.documents() / seconds,
                size[1] / 1e6 / seconds,
                size[2] / seconds,
                peakHeapBytes() >> 20,
                result.findings().size(),
                result.reused());
        Map<String, Long> stages = new TreeMap<>(result.stageMillis());
        stages.forEach(
                (stage, millis) -> System.out.printf("  stage %-55s %8d ms (%s)%n", stage, millis, howMeasured(stage)));
    }

    /** How a stage's time adds up: most are summed over the worker threads. */
    private static String howMeasured(String stage) {
        if (stage.equals(HtmlReviewReport.STAGE)) {
            return "addDocument summed over threads + finish wall";
        }
        if (stage.equals(CorpusChecker.CORPUS_RULES_STAGE)) {
            return "wall, after all documents";
        }
        if (stage.equals(CorpusChecker.XMI_FILES_STAGE)) {
            return "mostly on the file thread, beside the workers";
        }
        return "summed over threads";
    }

    /** The seed documents with their dates from the directory's metadata file. */
    private static List<CorpusGenerator.Seed> seeds(Path directory) throws IOException {
        CorpusMetadata metadata;
        try {
            metadata = CorpusMetadata.read(directory.resolve(CorpusMetadata.DEFAULT_FILE_NAME));
        } catch (CorpusMetadata.MetadataException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<CorpusGenerator.Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                seeds.add(new CorpusGenerator.Seed(
                        Files.readString(file, StandardCharsets.UTF_8),
                        metadata.date(name).orElse("")));
            }
        }
        return seeds;
    }

    /** Documents, bytes and whitespace-separated tokens of the corpus. */
    private static long[] measure(Path corpus) throws IOException {
        long[] size = new long[3];
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                size[0]++;
                size[1] += bytes.length;
                boolean inToken = false;
                for (byte b : bytes) {
                    boolean space = b == ' ' || b == '\n' || b == '\t' || b == '\r';
                    if (!space && !inToken) {
                        size[2]++;
                    }
                    inToken = !space;
                }
            }
        }
        return size;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path :
                    walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
