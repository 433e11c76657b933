package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.junit.jupiter.api.Test;

class RuleConfigTest {
    private final Finding actor = TestFindings.actor("a.txt", 3, 5, 20, "Abu Mujahid");
    private final Finding space = TestFindings.finding("nonstandard-space", "a.txt", 4, 1, 40, "\u00A0");

    @Test
    void keepsFindingsAsReportedByDefault() {
        assertThat(RuleConfig.defaults().apply(actor)).contains(actor);
        assertThat(RuleConfig.defaults().enabled("nonstandard-space")).isTrue();
    }

    @Test
    void overridesSeverityPerRuleCaseInsensitively() {
        RuleConfig config = RuleConfig.of(Map.of("unresolved-actor", " Warning "), null);

        assertThat(config.apply(actor)).get().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(config.apply(space)).contains(space);
    }

    @Test
    void turnsRulesOff() {
        RuleConfig config = RuleConfig.of(Map.of("nonstandard-space", "off"), "");

        assertThat(config.apply(space)).isEmpty();
        assertThat(config.enabled("nonstandard-space")).isFalse();
        assertThat(config.apply(actor)).contains(actor);
    }

    @Test
    void ignoresRulesAndCategoriesFromACommaList() {
        RuleConfig config = RuleConfig.of(null, " typography , unresolved-actor,");

        assertThat(config.apply(space)).isEmpty();
        assertThat(config.apply(actor)).isEmpty();
        assertThat(config.enabled("mojibake")).isTrue();
        assertThat(config.enabled("accent-apostrophe")).isFalse();
    }

    @Test
    void ignoresByTheFindingsOwnCategoryToo() {
        Finding custom = TestFindings.finding("some-future-rule", "a.txt", 1, 1, 0, "x");
        assertThat(RuleConfig.of(null, "reference").apply(custom)).contains(custom);
        assertThat(RuleConfig.of(null, "encoding")
                        .apply(new Finding(
                                custom.path(),
                                custom.document(),
                                1,
                                1,
                                0,
                                1,
                                "some-future-rule",
                                "encoding",
                                Severity.ERROR,
                                "m",
                                "h",
                                "x")))
                .isEmpty();
    }

    @Test
    void rejectsUnknownRuleNamingTheValidOnes() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("unresolved-actr", "warning");
        assertThatThrownBy(() -> RuleConfig.of(rules, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown rule 'unresolved-actr' in <rules> (valid rules: bom, ")
                .hasMessageContaining("unresolved-actor");
    }

    @Test
    void rejectsUnknownSeverityNamingTheValidOnes() {
        assertThatThrownBy(() -> RuleConfig.of(Map.of("mojibake", "fatal"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "unknown severity 'fatal' for rule 'mojibake' in <rules> (valid: error, warning, info, off)");
    }

    @Test
    void rejectsUnknownIgnoreEntryNamingCategoriesAndRules() {
        assertThatThrownBy(() -> RuleConfig.of(null, "typography,typo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown rule or category 'typo' in violationIgnore (valid categories:"
                        + " encoding, typography, structure, duplication, reference, quotes, io, internal; valid"
                        + " rules: bom, ");
    }
}
