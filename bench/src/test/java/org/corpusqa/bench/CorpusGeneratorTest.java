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
    void keepsTheDateLine() {
        String varied = CorpusGenerator.vary("date 2020-02 Title 2020\n\nMoscow said 12.\n\nB 45.", new Random(1));

        assertThat(varied).startsWith("date 2020-02 Title ");
    }

    @Test
    void writesEachDocumentsSeedDateIntoTheMetadataFile(@TempDir Path dir) throws Exception {
        CorpusGenerator.generate(
                List.of(new CorpusGenerator.Seed("A\n\nB.", "2020-02-15"), new CorpusGenerator.Seed("C\n\nD.", "")),
                3,
                7,
                dir);

        assertThat(Files.readAllLines(dir.resolve("corpus-metadata.tsv")))
                .containsExactly("document\tdate", "d000/doc000000.txt\t2020-02-15", "d000/doc000002.txt\t2020-02-15");
    }

    @Test
    void writesDistinctDocuments(@TempDir Path dir) throws Exception {
        long bytes = CorpusGenerator.generate(
                List.of(new CorpusGenerator.Seed("T\n\nMoscow has 123 posts.\n\nB 45.", "")), 30, 7, dir);

        assertThat(bytes).isPositive();
        try (var files = Files.walk(dir)) {
            List<String> texts = files.filter(p -> p.toString().endsWith(".txt"))
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
