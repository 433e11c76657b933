package org.corpusqa.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
}
