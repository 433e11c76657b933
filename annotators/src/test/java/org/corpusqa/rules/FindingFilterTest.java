package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.junit.jupiter.api.Test;

class FindingFilterTest {
    private final Finding mujahid = TestFindings.actor("a.txt", 3, 5, 20, "Abu Mujahid");
    private final Finding oktay = TestFindings.actor("a.txt", 4, 1, 60, "Fuat Oktay");
    private final Finding space = TestFindings.finding("nonstandard-space", "a.txt", 4, 1, 40, "\u00A0");
    private final Finding quote = TestFindings.finding("mixed-quote-marks", "b.txt", 9, 1, 300, "“No\"");

    @Test
    void appliesSeveritiesOffAndIgnoreToAnnotatorFindingsToo() {
        RuleConfig config = RuleConfig.of(Map.of("unresolved-actor", "warning", "nonstandard-space", "off"), "quotes");

        FilteredFindings result =
                new FindingFilter(config, Suppressions.none()).apply(List.of(mujahid, space, quote, oktay));

        assertThat(result.active())
                .extracting(Finding::text, Finding::severity)
                .containsExactly(tuple("Abu Mujahid", Severity.WARNING), tuple("Fuat Oktay", Severity.WARNING));
        assertThat(result.suppressed()).isEmpty();
    }

    @Test
    void listsSuppressedFindingsWithTheirSuppression() throws Exception {
        Suppressions suppressions = Suppressions.parse(
                "suppressions:\n  - rule: unresolved-actor\n    text: Abu Mujahid\n    reason: kunya\n", "s.yml");

        FilteredFindings result =
                new FindingFilter(RuleConfig.defaults(), suppressions).apply(List.of(mujahid, oktay, space));

        assertThat(result.active()).containsExactly(oktay, space);
        assertThat(result.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding()).isEqualTo(mujahid);
            assertThat(s.suppression().reason()).isEqualTo("kunya");
        });
    }

    @Test
    void dropsFindingsOfRulesThatAreOffBeforeSuppressing() throws Exception {
        Suppressions suppressions = Suppressions.parse("suppressions:\n  - rule: typography\n    reason: r\n", "s.yml");
        RuleConfig config = RuleConfig.of(Map.of("nonstandard-space", "off"), null);

        FilteredFindings result = new FindingFilter(config, suppressions).apply(List.of(space));

        assertThat(result.active()).isEmpty();
        assertThat(result.suppressed()).isEmpty();
    }
}
