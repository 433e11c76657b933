package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpusqa.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private final Finding oktay1 = TestFindings.actor("a.txt", 2, 1, 10, "Oktay");
    private final Finding oktay2 = TestFindings.actor("a.txt", 5, 1, 90, "Oktay");
    private final Finding akar = TestFindings.actor("a.txt", 3, 1, 50, "Akar");

    @Test
    void acceptsKnownFindingsEvenWhenTheirLinesMoved() throws Exception {
        Path file = dir.resolve("baseline/corpusqa-baseline.tsv");
        Baseline.write(List.of(oktay1, akar), file);

        Finding movedOktay = TestFindings.actor("a.txt", 7, 3, 200, "Oktay");
        Finding newOne = TestFindings.actor("a.txt", 9, 1, 400, "Shoigu");
        Baseline.Result result = Baseline.read(file).apply(List.of(newOne, movedOktay));

        assertThat(result.newFindings()).containsExactly(newOne);
        assertThat(result.baselined()).containsExactly(movedOktay);
        assertThat(result.staleEntries()).isEqualTo(1);
    }

    @Test
    void distinguishesRepeatedFindingsByOccurrence() throws Exception {
        Path file = dir.resolve("b.tsv");
        Baseline.write(List.of(oktay1), file);

        Baseline.Result result = Baseline.read(file).apply(List.of(oktay2, oktay1));

        assertThat(result.baselined()).containsExactly(oktay1);
        assertThat(result.newFindings()).containsExactly(oktay2);
        assertThat(result.staleEntries()).isZero();
    }

    @Test
    void writesASortedReadableTsv() throws Exception {
        Path file = dir.resolve("b.tsv");
        Finding control = TestFindings.finding("control-character", "a.txt", 1, 1, 0, "\u0007");
        Baseline.write(List.of(oktay2, akar, oktay1, control), file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("# corpusqa baseline v1");
        assertThat(lines.get(2)).isEqualTo("fingerprint\trule\tdocument\toccurrence\ttext");
        assertThat(lines.subList(3, lines.size()))
                .extracting(line -> line.substring(33))
                .containsExactly(
                        "control-character\ta.txt\t0\t ",
                        "unresolved-actor\ta.txt\t0\takar",
                        "unresolved-actor\ta.txt\t0\toktay",
                        "unresolved-actor\ta.txt\t1\toktay");
        assertThat(lines.get(4)).startsWith(Fingerprint.of(akar, 0) + "\t");
    }

    @Test
    void shortensLongTextInTheReadableColumnOnly() throws Exception {
        Path file = dir.resolve("b.tsv");
        Finding paragraph = TestFindings.finding(
                "duplicate-paragraph", "a.txt", 4, 1, 100, "word ".repeat(40).strip());
        Baseline.write(List.of(paragraph), file);

        String row = Files.readAllLines(file).get(3);
        assertThat(row.substring(row.lastIndexOf('\t') + 1)).hasSize(80).endsWith("…");
        assertThat(Baseline.read(file).apply(List.of(paragraph)).baselined()).containsExactly(paragraph);
    }

    @Test
    void emptyBaselineMakesEverythingNew() {
        Baseline.Result result = Baseline.empty().apply(List.of(oktay1));
        assertThat(result.newFindings()).containsExactly(oktay1);
        assertThat(result.staleEntries()).isZero();
    }

    @Test
    void rejectsMalformedFilesWithLineAndColumn() {
        String header = "fingerprint\trule\tdocument\toccurrence\ttext";
        assertThatThrownBy(() -> Baseline.parse(List.of("# c", "rule\tdocument"), "b.tsv"))
                .isInstanceOf(RulesFileException.class)
                .hasMessageStartingWith("b.tsv:[2,1] expected the header line 'fingerprint<TAB>rule");
        assertThatThrownBy(() -> Baseline.parse(List.of(header, "xyz\tr\td\t0\tt"), "b.tsv"))
                .hasMessage("b.tsv:[2,1] bad fingerprint 'xyz' (expected 32 lower-case hex digits)");
        String fingerprint = "0123456789abcdef0123456789abcdef";
        assertThatThrownBy(() -> Baseline.parse(List.of(header, fingerprint + "\tr\td\tfirst\tt"), "b.tsv"))
                .hasMessage("b.tsv:[2,38] bad occurrence 'first'");
        assertThatThrownBy(() -> Baseline.parse(List.of(header, fingerprint + "\tr"), "b.tsv"))
                .hasMessageStartingWith("b.tsv:[2,35] expected at least 4 tab-separated columns");
        assertThatThrownBy(() ->
                        Baseline.parse(List.of(header, fingerprint + "\tr\td\t0", fingerprint + "\tr\td\t1"), "b.tsv"))
                .hasMessage("b.tsv:[3,1] duplicate fingerprint " + fingerprint);
    }

    @Test
    void reportsAMissingFile() {
        assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.tsv")))
                .isInstanceOf(RulesFileException.class)
                .hasMessageContaining("cannot read the baseline");
    }
}
