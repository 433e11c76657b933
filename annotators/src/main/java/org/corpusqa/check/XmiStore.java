package org.corpusqa.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.corpusqa.io.AtomicFiles;
import org.corpusqa.io.XmiWriter;
import org.xml.sax.SAXException;

/**
 * Writes one XMI file per document under {@code <output>/xmi/<relative path>.xmi}, plus
 * {@code TypeSystem.xml} beside them: the layout the UIMA CAS Editor opens as is.
 *
 * <p>The XMI is written by {@link XmiWriter} in UIMA's plain XMI form, the whole document on one
 * line, not pretty-printed with one element per line: the CAS Editor, INCEpTION and {@code
 * evaluate} read both the same, and pretty printing cost a third more time. Reviewers look at XMI
 * in those tools, not in diffs.
 *
 * <p>A worker serialises its CAS itself; the file is then created on a background thread. Creating
 * and renaming tens of thousands of files waits on the file system's journal, and on a busy disk
 * that waiting was the largest part of the XMI stage: the workers now annotate meanwhile. At most
 * {@value #QUEUED_FILES} files wait, so memory stays bounded; when that many wait, the worker
 * writes its own file. A failed write is reported by {@link #finish()} with the document's path,
 * and an older XMI of that document is removed, so no stale file stays behind.
 *
 * <p>Every file is written with {@link AtomicFiles}, so a crash or a killed build never leaves a
 * half-written XMI that a reviewer would open as if it were whole.
 */
final class XmiStore implements AutoCloseable {
    static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";
    static final int QUEUED_FILES = 64;

    private final Path directory;
    private final ThreadPoolExecutor files = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUED_FILES),
            runnable -> {
                Thread thread = new Thread(runnable, "corpusqa-xmi-files");
                thread.setDaemon(true);
                return thread;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    private final Map<String, IOException> failures = new ConcurrentHashMap<>();
    private final AtomicLong fileNanos = new AtomicLong();

    XmiStore(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    Path xmiFile(String relativePath) {
        return directory.resolve(relativePath + ".xmi");
    }

    void writeTypeSystem(TypeSystemDescription typeSystem) throws IOException {
        Files.createDirectories(directory);
        AtomicFiles.write(directory.resolve(TYPE_SYSTEM_FILE), out -> {
            try {
                typeSystem.toXML(out);
            } catch (SAXException e) {
                throw new IOException("cannot write the type system", e);
            }
        });
    }

    /**
     * Serialises the XMI of a document with the calling worker's own {@code writer} and hands the
     * file to the background thread.
     *
     * @throws IOException when the CAS cannot be serialised; nothing is written then
     */
    void write(CAS cas, String relativePath, XmiWriter writer) throws IOException {
        byte[] xmi = writer.toByteArray(cas);
        files.execute(() -> writeFile(relativePath, xmi));
    }

    private void writeFile(String relativePath, byte[] xmi) {
        long start = System.nanoTime();
        Path target = xmiFile(relativePath);
        try {
            AtomicFiles.write(target, xmi);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            failures.put(relativePath, e);
        }
        fileNanos.addAndGet(System.nanoTime() - start);
    }

    /**
     * Waits until every file handed over is written.
     *
     * @return the documents whose XMI could not be written, by relative path
     */
    Map<String, IOException> finish() throws InterruptedException {
        files.shutdown();
        while (!files.awaitTermination(1, TimeUnit.MINUTES)) {
            // a slow disk: keep waiting, the files are part of the result
        }
        return Map.copyOf(failures);
    }

    /** Time spent creating files, on the background thread and on workers when it was busy. */
    long fileMillis() {
        return fileNanos.get() / 1_000_000;
    }

    /** Removes an earlier XMI of a document that can no longer be read, so none is left behind. */
    void delete(String relativePath) throws IOException {
        Files.deleteIfExists(xmiFile(relativePath));
    }

    /** Stops the background thread when the check ends early; files not yet written are dropped. */
    @Override
    public void close() {
        files.shutdownNow();
    }
}
