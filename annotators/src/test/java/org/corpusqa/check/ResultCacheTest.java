package org.corpusqa.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.corpusqa.rules.DocumentSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
    @TempDir
    Path dir;

    private final Finding nearDuplicate = new Finding(
            Path.of("/corpus/b.txt"),
            "b.txt",
            1,
            1,
            0,
            0,
            "near-duplicate-document",
            "duplication",
            Severity.WARNING,
            "Near-duplicate of a.txt (similarity 0.98)",
            "keep one of them",
            "");

    @Test
    void corpusFindingsComeBackForTheSameCorpusKeyOnly() throws Exception {
        Path file = dir.resolve("cache");
        ResultCache first = ResultCache.open(file, "config");
        first.recordCorpusFindings("corpus-1", List.of(nearDuplicate));
        first.save();

        ResultCache reopened = ResultCache.open(file, "config");

        assertThat(reopened.corpusFindings("corpus-1")).containsExactly(nearDuplicate);
        assertThat(reopened.corpusFindings("corpus-2")).isNull();
        assertThat(ResultCache.open(file, "other config").corpusFindings("corpus-1"))
                .isNull();
    }

    @Test
    void findingsAndSummaryOfADocumentComeBackUnderItsNewPath() throws Exception {
        Path file = dir.resolve("cache");
        String quote = "\u201c" + "word ".repeat(20_000); // an unclosed quote over 100 KB
        Finding unclosed = new Finding(
                Path.of("/old/a.txt"),
                "a.txt",
                3,
                1,
                10,
                10 + quote.length(),
                "unbalanced-quote",
                "quotes",
                Severity.WARNING,
                "Quote is never closed",
                "close it",
                quote);
        DocumentSummary summary =
                new DocumentSummary(Path.of("/old/a.txt"), "a.txt", "hash", 2, new int[] {1, 2}, List.of());
        ResultCache first = ResultCache.open(file, "config");
        first.record("/old/a.txt", "key-1", List.of(unclosed, unclosed), summary);
        first.save();

        ResultCache.Hit hit =
                ResultCache.open(file, "config").lookup("/old/a.txt", "key-1", Path.of("/new/a.txt"), "a.txt");

        assertThat(hit.findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.text()).isEqualTo(quote);
            assertThat(f.path()).isEqualTo(Path.of("/new/a.txt"));
        });
        assertThat(hit.summary().sketch()).containsExactly(1, 2);
        assertThat(ResultCache.open(file, "config").lookup("/old/a.txt", "key-2", Path.of("/new/a.txt"), "a.txt"))
                .isNull();
    }
}
