package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corpusqa.check.Finding;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void isStableWhenTheFindingMovesToAnotherLine() {
        Finding before = TestFindings.actor("a.txt", 3, 5, 20, "Abu Mujahid");
        Finding after = TestFindings.actor("a.txt", 9, 17, 420, "Abu Mujahid");

        assertThat(Fingerprint.of(before, 0))
                .isEqualTo(Fingerprint.of(after, 0))
                .matches("[0-9a-f]{32}");
    }

    @Test
    void normalisesCaseDiacriticsApostrophesAndSpaces() {
        assertThat(Fingerprint.of(TestFindings.actor("a.txt", 1, 1, 0, "Erdoğan’s  men"), 0))
                .isEqualTo(Fingerprint.of(TestFindings.actor("a.txt", 1, 1, 0, " erdogan's\nMEN"), 0));
        assertThat(Fingerprint.normalizedText(" Erdoğan’s\u00A0 men\r\n")).isEqualTo("erdogan's men");
    }

    @Test
    void differsByRuleDocumentTextAndOccurrence() {
        Finding finding = TestFindings.actor("a.txt", 1, 1, 0, "Oktay");
        String fingerprint = Fingerprint.of(finding, 0);

        assertThat(Fingerprint.of(finding, 1)).isNotEqualTo(fingerprint);
        assertThat(Fingerprint.of(TestFindings.actor("b.txt", 1, 1, 0, "Oktay"), 0))
                .isNotEqualTo(fingerprint);
        assertThat(Fingerprint.of(TestFindings.actor("a.txt", 1, 1, 0, "Akar"), 0))
                .isNotEqualTo(fingerprint);
        assertThat(Fingerprint.of(TestFindings.finding("unresolved-location", "a.txt", 1, 1, 0, "Oktay"), 0))
                .isNotEqualTo(fingerprint);
    }

    @Test
    void countsOccurrencesPerRuleTextAndDocumentInTextOrder() {
        Finding second = TestFindings.actor("a.txt", 5, 1, 90, "Oktay");
        Finding first = TestFindings.actor("a.txt", 2, 1, 10, "oktay");
        Finding other = TestFindings.actor("b.txt", 1, 1, 0, "Oktay");
        Finding akar = TestFindings.actor("a.txt", 3, 1, 50, "Akar");

        assertThat(Fingerprint.occurrences(List.of(second, first, other, akar))).containsExactly(1, 0, 0, 0);
        assertThat(Fingerprint.all(List.of(second, first)))
                .containsExactly(Fingerprint.of(second, 1), Fingerprint.of(first, 0));
    }
}
