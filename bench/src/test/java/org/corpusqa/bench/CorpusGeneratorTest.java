package org.corpusqa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @Test
    void variesDigitsAndNamesButKeepsTheTitleFirst() {
        String seed = "Title 2020\n\nMoscow said 12 people.\n\nAnkara said 40.";

        String varied = CorpusGenerator.vary(seed, new Random(1));

        assertThat(varied).startsWith("Title ").contains(" said ");
        assertThat(varied.split("\n\n")).hasSize(3);
        assertThat(varied.replaceAll("[0-9]", "#")).contains("Title ####");
    }

    @Test
    void writesDistinctDocuments(@TempDir Path dir) throws Exception {
        long bytes = CorpusGenerator.generate(List.of("T\n\nMoscow has 123 posts.\n\nB 45."), 30, 7, dir);

        assertThat(bytes).isPositive();
        try (var files = Files.walk(dir)) {
            List<String> texts = files.filter(Files::isRegularFile)
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertThat(texts).hasSize(30);
            assertThat(texts.stream().distinct().count()).isGreaterThan(20);
        }
    }
}
