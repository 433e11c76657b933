package org.corpusqa.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the whole new content, never half
 * of it: the bytes go to a hidden sibling that is then renamed over the target. A crash or a
 * killed build therefore never leaves a truncated XMI or result file behind.
 *
 * <p>Content is written through a buffer, so callers may write in small pieces. The sibling is created with the process's normal permissions (unlike
 * {@link Files#createTempFile}, which makes owner-only files), so reviewers on a shared machine
 * can read the output.
 */
public final class AtomicFiles {
    /**
     * Writers such as the StAX one behind the Checkstyle XML hand over a few bytes per call; without
     * a buffer each call is a system call, and a result file of 140,000 findings took 15 s.
     */
    private static final int BUFFER_SIZE = 1 << 16;

    private AtomicFiles() {}

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        replace(target, temp -> {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    BUFFER_SIZE)) {
                content.writeTo(out);
            }
        });
    }

    /**
     * Writes bytes that are all in hand, in one call and without the buffer: a 64 KB buffer per
     * XMI file was the largest single allocation of a check.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        replace(target, temp -> {
            try (OutputStream out =
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
        });
    }

    /** Creates the hidden sibling of a target. */
    @FunctionalInterface
    private interface TempWriter {
        void create(Path temp) throws IOException;
    }

    private static void replace(Path target, TempWriter writer) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            // Only when needed: on an existing directory createDirectories fails a mkdir and builds
            // an exception before it checks, which costs more than the write of a small file.
            Files.createDirectories(directory);
        }
        Path temp = directory.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean moved = false;
        try {
            writer.create(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
