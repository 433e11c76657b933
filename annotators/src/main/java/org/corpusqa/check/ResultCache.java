package org.corpusqa.check;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.corpusqa.io.AtomicFiles;
import org.corpusqa.rules.DocumentSummary;

/**
 * Remembers, per document, the hash of what was annotated, the findings it produced and its
 * {@link DocumentSummary} for the corpus rules, so that a re-run skips unchanged documents and
 * reuses their findings and XMI without annotating or even summarising them again.
 *
 * <p>The file starts with a key over everything else that changes results: the corpusqa version
 * (and, for snapshots, the build of its jar), the registry's content hash, the configuration.
 * When that key differs, the whole cache is ignored — editing the registry re-annotates every
 * document, since any document may mention the edited actor. Per document the key is the SHA-256
 * of its bytes plus its date (which may come from the metadata file).
 *
 * <p>The file is gzip-compressed binary with a string table ({@link CacheOutput}), written atomically, and only when a document was
 * (re)annotated or dropped out; a corrupt or foreign file is ignored (a cache must never fail a
 * build).
 */
final class ResultCache {
    private static final String MAGIC = "corpusqa-cache v4";

    private final Path file;
    private final String configKey;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private volatile boolean recorded;
    /** The corpus-wide findings of the previous run and the key of the corpus they were found in. */
    private CorpusEntry corpus;

    private ResultCache(Path file, String configKey, Map<String, Entry> previous, CorpusEntry corpus) {
        this.file = file;
        this.configKey = configKey;
        this.previous = previous;
        this.corpus = corpus;
    }

    /** Opens the cache; a missing, unreadable or outdated file gives an empty one. */
    static ResultCache open(Path file, String configKey) {
        Map<String, Entry> entries = new HashMap<>();
        CorpusEntry corpus = null;
        if (file != null && Files.isRegularFile(file)) {
            try (CacheInput in =
                    new CacheInput(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16)))) {
                if (in.readString().equals(MAGIC) && in.readString().equals(configKey)) {
                    int count = in.readInt();
                    for (int i = 0; i < count; i++) {
                        Entry entry = readEntry(in);
                        entries.put(entry.document(), entry);
                    }
                    corpus = new CorpusEntry(in.readString(), readFindings(in, null));
                }
            } catch (IOException | RuntimeException e) {
                entries.clear();
                corpus = null;
            }
        }
        return new ResultCache(file, configKey, entries, corpus);
    }

    /**
     * The corpus-wide findings recorded for a corpus with this key, or null. The key covers every
     * document's path and content key, so when it is unchanged the summaries the corpus rules merge
     * are unchanged too, and merging them again (the largest cost of a re-run) would find the same.
     */
    List<Finding> corpusFindings(String corpusKey) {
        return corpus != null && corpus.key().equals(corpusKey) ? corpus.findings() : null;
    }

    void recordCorpusFindings(String corpusKey, List<Finding> findings) {
        if (corpus == null || !corpus.key().equals(corpusKey)) {
            corpus = new CorpusEntry(corpusKey, List.copyOf(findings));
            recorded = true;
        }
    }

    /** What the cache holds for an unchanged document: its findings and summary, under its current path. */
    record Hit(List<Finding> findings, DocumentSummary summary) {}

    /** What was recorded for a document with this content key, or null when it must be redone. */
    Hit lookup(String document, String contentKey, Path path, String relativePath) {
        Entry entry = previous.get(document);
        if (entry == null || !entry.contentKey().equals(contentKey)) {
            return null;
        }
        List<Finding> findings = new ArrayList<>(entry.findings().size());
        for (Finding f : entry.findings()) {
            findings.add(new Finding(
                    path,
                    relativePath,
                    f.line(),
                    f.column(),
                    f.begin(),
                    f.end(),
                    f.ruleId(),
                    f.category(),
                    f.severity(),
                    f.message(),
                    f.hint(),
                    f.text()));
        }
        current.put(document, entry);
        DocumentSummary s = entry.summary();
        return new Hit(
                findings,
                new DocumentSummary(path, relativePath, s.contentHash(), s.shingles(), s.sketch(), s.shortLines()));
    }

    void record(String document, String contentKey, List<Finding> findings, DocumentSummary summary) {
        current.put(document, new Entry(document, contentKey, List.copyOf(findings), summary));
        recorded = true;
    }

    /** Drops what this run recorded for a document, so that the next run redoes it. */
    void forget(String document) {
        current.remove(document);
        recorded = true;
    }

    /**
     * Writes the entries of this run (documents no longer in the corpus drop out); skipped when
     * every document came from the cache and none dropped out, since the file holds them already.
     */
    void save() throws IOException {
        if (file == null || !recorded && current.size() == previous.size() && Files.isRegularFile(file)) {
            return;
        }
        AtomicFiles.write(file, stream -> {
            try (CacheOutput out = new CacheOutput(new BufferedOutputStream(new GZIPOutputStream(stream)))) {
                out.writeString(MAGIC);
                out.writeString(configKey);
                out.writeInt(current.size());
                for (Entry entry : current.values()) {
                    writeEntry(out, entry);
                }
                out.writeString(corpus == null ? "" : corpus.key());
                writeFindings(out, corpus == null ? List.of() : corpus.findings(), true);
            }
        });
    }

    static String contentKey(byte[] bytes, String date) {
        return sha256(bytes) + "|" + date;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static void writeEntry(CacheOutput out, Entry entry) throws IOException {
        out.writeString(entry.document());
        out.writeString(entry.contentKey());
        writeFindings(out, entry.findings(), false);
        writeSummary(out, entry.summary());
    }

    /**
     * Findings, with their paths when {@code withPaths}: a corpus-wide finding may name any document,
     * while a document's findings get the paths of its entry when they are looked up.
     */
    private static void writeFindings(CacheOutput out, List<Finding> findings, boolean withPaths) throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            if (withPaths) {
                out.writeString(f.path().toString());
                out.writeString(f.document());
            }
            out.writeInt(f.line());
            out.writeInt(f.column());
            out.writeInt(f.begin());
            out.writeInt(f.end());
            out.writeShared(f.ruleId());
            out.writeShared(f.category());
            out.writeShared(f.severity().name());
            out.writeShared(f.message());
            out.writeShared(f.hint());
            out.writeShared(f.text());
        }
    }

    private static void writeSummary(CacheOutput out, DocumentSummary summary) throws IOException {
        out.writeString(summary.contentHash());
        out.writeInt(summary.shingles());
        int[] sketch = summary.sketch();
        out.writeInt(sketch.length);
        for (int value : sketch) {
            out.writeInt(value);
        }
        out.writeInt(summary.shortLines().size());
        for (DocumentSummary.ShortLine line : summary.shortLines()) {
            out.writeShared(line.key());
            out.writeShared(line.text());
            out.writeBoolean(line.sentenceLike());
            out.writeInt(line.occurrences());
            out.writeInt(line.positions().size());
            for (DocumentSummary.Position p : line.positions()) {
                out.writeInt(p.line());
                out.writeInt(p.column());
                out.writeInt(p.begin());
                out.writeInt(p.end());
                out.writeShared(p.text());
            }
        }
    }

    private static DocumentSummary readSummary(CacheInput in, String document) throws IOException {
        String contentHash = in.readString();
        int shingles = in.readInt();
        int[] sketch = in.readInts(in.readInt());
        int lineCount = in.readInt();
        List<DocumentSummary.ShortLine> lines = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            String key = in.readShared();
            String text = in.readShared();
            boolean sentenceLike = in.readBoolean();
            int occurrences = in.readInt();
            int positionCount = in.readInt();
            List<DocumentSummary.Position> positions = new ArrayList<>(positionCount);
            for (int k = 0; k < positionCount; k++) {
                positions.add(new DocumentSummary.Position(
                        in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readShared()));
            }
            lines.add(new DocumentSummary.ShortLine(key, text, sentenceLike, positions, occurrences));
        }
        return new DocumentSummary(Path.of(document), document, contentHash, shingles, sketch, lines);
    }

    private static Entry readEntry(CacheInput in) throws IOException {
        String document = in.readString();
        String contentKey = in.readString();
        List<Finding> findings = readFindings(in, document);
        return new Entry(document, contentKey, findings, readSummary(in, document));
    }

    /** Reads findings written with their paths when {@code document} is null, else of that document. */
    private static List<Finding> readFindings(CacheInput in, String document) throws IOException {
        int count = in.readInt();
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path path = document == null ? Path.of(in.readString()) : null;
            String relativePath = document == null ? in.readString() : document;
            int line = in.readInt();
            int column = in.readInt();
            int begin = in.readInt();
            int end = in.readInt();
            findings.add(new Finding(
                    path,
                    relativePath,
                    line,
                    column,
                    begin,
                    end,
                    in.readShared(),
                    in.readShared(),
                    Severity.valueOf(in.readShared()),
                    in.readShared(),
                    in.readShared(),
                    in.readShared()));
        }
        return findings;
    }

    private record Entry(String document, String contentKey, List<Finding> findings, DocumentSummary summary) {}

    private record CorpusEntry(String key, List<Finding> findings) {}
}
