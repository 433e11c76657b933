package org.corpusqa.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path directory;

    @Test
    void bytesReplaceTheOldContentAndLeaveNoHiddenSibling() throws IOException {
        Path target = directory.resolve("a/b/doc.xmi");
        AtomicFiles.write(target, "old content, longer than the new".getBytes(StandardCharsets.UTF_8));

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("new");
        assertThat(names(target.getParent())).containsExactly("doc.xmi");
    }

    @Test
    void contentWrittenInSmallPiecesArrivesWhole() throws IOException {
        Path target = directory.resolve("result.txt");

        AtomicFiles.write(target, out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write('a' + i % 26);
            }
        });

        assertThat(Files.size(target)).isEqualTo(100_000);
        assertThat(Files.readString(target)).startsWith("abcdefghijklmnopqrstuvwxyzabc");
    }

    @Test
    void aFailingWriterKeepsTheOldFileAndRemovesItsSibling() throws IOException {
        Path target = directory.resolve("result.txt");
        AtomicFiles.write(target, "kept".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(target).hasContent("kept");
        assertThat(names(directory)).containsExactly("result.txt");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
