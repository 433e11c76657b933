package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleCatalogTest {

    @Test
    void listsTextCorpusAnnotatorAndReaderRules() {
        assertThat(RuleCatalog.ids())
                .containsExactly(
                        "bom",
                        "replacement-character",
                        "mojibake",
                        "control-character",
                        "accent-apostrophe",
                        "unbalanced-bracket",
                        "nonstandard-space",
                        "empty-document",
                        "missing-title",
                        "missing-date",
                        "duplicate-paragraph",
                        "duplicate-document",
                        "near-duplicate-document",
                        "boilerplate-line",
                        "unresolved-actor",
                        "ambiguous-actor",
                        "title-mismatch",
                        "unresolved-location",
                        "ambiguous-location",
                        "unresolved-speaker",
                        "mixed-quote-marks",
                        "unbalanced-quote",
                        "malformed-encoding",
                        "unreadable-document",
                        "annotator-failure",
                        "xmi-write-failure",
                        "report-write-failure");
    }

    @Test
    void namesEachCategoryOnce() {
        assertThat(RuleCatalog.categories())
                .containsExactly(
                        "encoding", "typography", "structure", "duplication", "reference", "quotes", "io", "internal");
    }

    @Test
    void givesEveryRuleAKebabCaseIdADescriptionAndAHint() {
        assertThat(RuleCatalog.all()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(rule.description()).endsWith(".");
            assertThat(rule.hint()).isNotBlank();
        });
    }

    @Test
    void findsRulesById() {
        assertThat(RuleCatalog.find("mojibake")).contains(MojibakeRule.INFO);
        assertThat(RuleCatalog.find("no-such-rule")).isEmpty();
        assertThat(RuleCatalog.isCategory("typography")).isTrue();
        assertThat(RuleCatalog.isRule("typography")).isFalse();
    }

    @Test
    void runsEveryTextRuleByDefault() {
        assertThat(new DocumentChecks().rules()).hasSameElementsAs(RuleCatalog.documentRules());
        assertThat(new DocumentChecks().check(SourceDocumentView.of("a.txt", "Title\n\nTurkey´s\u00A0move.")))
                .extracting(f -> f.ruleId())
                .containsExactly("accent-apostrophe", "nonstandard-space", "missing-date");
    }

    @Test
    void skipsTextRulesThatAreOffOrIgnored() {
        RuleConfig config = RuleConfig.of(java.util.Map.of("nonstandard-space", "off"), "structure");
        assertThat(new DocumentChecks(config).check(SourceDocumentView.of("a.txt", "Title\n\nTurkey´s\u00A0move.")))
                .extracting(f -> f.ruleId())
                .containsExactly("accent-apostrophe");
    }
}
