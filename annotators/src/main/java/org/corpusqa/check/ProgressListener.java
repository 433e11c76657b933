package org.corpusqa.check;

/**
 * Told after each document, from worker threads. The Maven goals print a progress line every few
 * seconds from it; it must be cheap and thread-safe.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {};

    void documentDone(int done, int total);
}
