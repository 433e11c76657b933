package org.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    private static final Path ROOT = Path.of("/corpus");

    /** sha256("unresolved-actor\nnews/a.txt\nmr smith\n0"), computed outside Java. */
    private static final String MR_SMITH = "d2a3e9f6c67786a9b65a8cc8353f98fa5429006f205462f626b9419426e2f666";

    @Test
    void hashesRuleDocumentNormalisedTextAndOccurrenceSeparatedByNewlines() {
        assertThat(Fingerprints.of("unresolved-actor", "news/a.txt", "  Mr\u00A0 SMITH\n", 0))
                .isEqualTo(MR_SMITH);
    }

    @Test
    void normalisesCaseAndWhitespaceRuns() {
        assertThat(Fingerprints.normalise(" The\tPrime \r\n Minister ")).isEqualTo("the prime minister");
        assertThat(Fingerprints.normalise("")).isEmpty();
        assertThat(Fingerprints.normalise(null)).isEmpty();
    }

    @Test
    void countsOccurrencesOfTheSameRuleAndTextInDocumentOrder() {
        String text = "Mr Smith met mr  smith and Mr Jones.";
        Finding second = Findings.at(ROOT, "a.txt", text, 13, 22, "unresolved-actor", Severity.ERROR);
        Finding first = Findings.at(ROOT, "a.txt", text, 0, 8, "unresolved-actor", Severity.ERROR);
        Finding other = Findings.at(ROOT, "a.txt", text, 27, 35, "unresolved-actor", Severity.ERROR);

        List<String> fingerprints = Fingerprints.of(List.of(second, other, first));

        assertThat(fingerprints)
                .containsExactly(
                        Fingerprints.of("unresolved-actor", "a.txt", "mr smith", 1),
                        Fingerprints.of("unresolved-actor", "a.txt", "mr jones", 0),
                        Fingerprints.of("unresolved-actor", "a.txt", "mr smith", 0));
    }

    @Test
    void staysTheSameWhenLinesAreInsertedAbove() {
        String before = "Mr Smith spoke.";
        String after = "A new first line.\n\nMr Smith spoke.";
        Finding old = Findings.at(ROOT, "a.txt", before, 0, 8, "unresolved-actor", Severity.ERROR);
        Finding moved = Findings.at(ROOT, "a.txt", after, 19, 27, "unresolved-actor", Severity.ERROR);

        assertThat(moved.line()).isEqualTo(3);
        assertThat(Fingerprints.of(List.of(moved))).isEqualTo(Fingerprints.of(List.of(old)));
    }

    @Test
    void differsByRuleAndByDocument() {
        String base = Fingerprints.of("unresolved-actor", "a.txt", "Smith", 0);

        assertThat(Fingerprints.of("unresolved-location", "a.txt", "Smith", 0)).isNotEqualTo(base);
        assertThat(Fingerprints.of("unresolved-actor", "b.txt", "Smith", 0)).isNotEqualTo(base);
        assertThat(Fingerprints.of("unresolved-actor", "a.txt", "Smith", 1)).isNotEqualTo(base);
        assertThat(base).matches("[0-9a-f]{64}");
    }
}
