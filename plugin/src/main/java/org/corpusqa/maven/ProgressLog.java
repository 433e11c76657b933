package org.corpusqa.maven;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.maven.plugin.logging.Log;
import org.corpusqa.check.ProgressListener;

/**
 * Prints {@code corpusqa: 1200/20000 documents, 850 docs/s, ETA 22 s} at most every few seconds,
 * so a long check shows it is alive without flooding short builds (which print nothing).
 */
final class ProgressLog implements ProgressListener {
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final Log log;
    private final long start = System.nanoTime();
    private final AtomicLong lastPrint = new AtomicLong(start);

    ProgressLog(Log log) {
        this.log = log;
    }

    @Override
    public void documentDone(int done, int total) {
        long now = System.nanoTime();
        long last = lastPrint.get();
        if (now - last < INTERVAL_NANOS || done == total || !lastPrint.compareAndSet(last, now)) {
            return;
        }
        double seconds = (now - start) / 1e9;
        double rate = done / seconds;
        long eta = Math.round((total - done) / Math.max(rate, 1e-9));
        log.info(String.format("corpusqa: %d/%d documents, %.0f docs/s, ETA %d s", done, total, rate, eta));
    }
}
