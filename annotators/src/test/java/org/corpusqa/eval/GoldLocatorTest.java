package org.corpusqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldLocatorTest {

    @TempDir
    Path gold;

    private Path create(String relative) throws IOException {
        Path file = gold.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, GoldTsvReader.HEADER + "\n");
        return file;
    }

    @Test
    void findsTheGoldFileAtTheDocumentsRelativePath() throws IOException {
        Path expected = create("sub/a.tsv");
        create("a.tsv");

        assertThat(new GoldLocator(gold).locate("sub/a.txt")).contains(expected);
    }

    @Test
    void findsAnXmiAtTheRelativePathWhenThereIsNoTsv() throws IOException {
        Path expected = create("sub/a.xmi");
        create("other/a.tsv");

        assertThat(new GoldLocator(gold).locate("sub/a.txt")).contains(expected);
    }

    @Test
    void fallsBackToTheBaseNameAnywhereInTheGoldDirectory() throws IOException {
        Path expected = create("flat/a.tsv");

        assertThat(new GoldLocator(gold).locate("news/2020/a.txt")).contains(expected);
    }

    @Test
    void prefersTsvOverXmiInTheFallback() throws IOException {
        create("x/a.xmi");
        Path expected = create("y/a.tsv");

        assertThat(new GoldLocator(gold).locate("a.txt")).contains(expected);
    }

    @Test
    void failsWhenTheBaseNameIsAmbiguous() throws IOException {
        create("x/a.tsv");
        create("y/a.tsv");
        GoldLocator locator = new GoldLocator(gold);

        assertThatThrownBy(() -> locator.locate("sub/a.txt"))
                .isInstanceOf(GoldException.class)
                .hasMessageStartingWith("Ambiguous gold for sub/a.txt");
    }

    @Test
    void findsNothingForADocumentWithoutGold() throws IOException {
        create("a.tsv");
        create("notes.md");

        GoldLocator locator = new GoldLocator(gold);

        assertThat(locator.locate("b.txt")).isEmpty();
        assertThat(locator.goldFiles()).containsExactly(gold.resolve("a.tsv"));
    }

    @Test
    void readsATsvGoldFileByItsExtension() throws IOException {
        Path file = gold.resolve("a.tsv");
        Files.writeString(file, GoldTsvReader.HEADER + "\nActor\t0\t5\tPutin\tentityId=putin\n");

        assertThat(GoldLocator.readGold(file))
                .extracting(AnnotationRecord::text)
                .containsExactly("Putin");
    }
}
