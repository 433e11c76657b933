package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpusqa.check.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StructureRulesTest {

    @Nested
    class EmptyDocument {
        private final EmptyDocumentRule rule = new EmptyDocumentRule();

        @Test
        void reportsEmptyAndBlankDocuments() {
            assertThat(Findings.of(rule, "")).containsExactly("[1,1] empty-document ''");
            assertThat(Findings.of(rule, " \r\n\t\r\n\u00A0\uFEFF\n")).containsExactly("[1,1] empty-document ''");
        }

        @Test
        void reportsADocumentWithOnlyADateLine() {
            assertThat(Findings.list(rule, "date 2020-02-15\r\n\r\n").get(0).message())
                    .isEqualTo("The document has a date line but no text");
        }

        @Test
        void acceptsAnyText() {
            assertThat(Findings.of(rule, "date 2020-02 Title")).isEmpty();
            assertThat(Findings.of(rule, "\n\nx")).isEmpty();
        }
    }

    @Nested
    class MissingDate {
        private final MissingDateRule rule = new MissingDateRule();

        @Test
        void reportsADocumentWithoutDateLineOrMetadata() {
            assertThat(Findings.of(rule, "Title\r\n\r\nText.\r\n")).containsExactly("[1,1] missing-date ''");
        }

        @Test
        void acceptsADateLine() {
            assertThat(Findings.of(rule, " date 2020-02 Title\n\nText.")).isEmpty();
        }

        @Test
        void acceptsADateFromTheMetadata() {
            assertThat(Findings.of(rule, SourceDocumentView.of("a.txt", "Title\n\nText.", "2020-02-16")))
                    .isEmpty();
        }

        @Test
        void reportsAnInvalidDateLineAsNoDate() {
            assertThat(Findings.of(rule, "date 2020-13-01 Title\n\nText.")).containsExactly("[1,1] missing-date ''");
        }

        @Test
        void leavesEmptyDocumentsToTheEmptyDocumentRule() {
            assertThat(Findings.of(rule, "\r\n")).isEmpty();
        }
    }

    @Nested
    class MissingTitle {
        private final MissingTitleRule rule = new MissingTitleRule();

        @Test
        void reportsALeadWithADatelineAsFirstLine() {
            String text =
                    "WASHINGTON: President Donald Trump has called for Russia to end its support for the regime.\r\n"
                            + "\r\nMore.\r\n";
            assertThat(Findings.of(rule, text))
                    .containsExactly("[1,1] missing-title 'WASHINGTON: President Donald Trump has called for"
                            + " Russia to end its support for the regime.'");
        }

        @Test
        void reportsALongSentenceAsFirstLine() {
            String lead = "Turkey and Russia this week held talks in Ankara aimed at trying to dial down"
                    + " confrontations between Ankara and Damascus that have killed 13 soldiers.";
            assertThat(Findings.list(rule, "date 2020-02 " + lead + "\n").get(0))
                    .satisfies(f -> {
                        assertThat(f.text()).isEqualTo(lead);
                        assertThat(f.column()).isEqualTo(14);
                        assertThat(f.message())
                                .isEqualTo("No title: the first line is a sentence of 25 words, so it"
                                        + " reads as body text");
                    });
        }

        @Test
        void recognisesDatelinesWithCountryOrAgency() {
            assertThat(MissingTitleRule.startsWithDateline("MUNICH, Germany: Russian", 0, 24))
                    .isTrue();
            assertThat(MissingTitleRule.startsWithDateline("MOSCOW (Reuters) - The", 0, 22))
                    .isTrue();
            assertThat(MissingTitleRule.startsWithDateline("NEW YORK — The", 0, 14))
                    .isTrue();
            assertThat(MissingTitleRule.startsWithDateline("NATO, Russia clash", 0, 18))
                    .isFalse();
            assertThat(MissingTitleRule.startsWithDateline("Trump: Turkey", 0, 13))
                    .isFalse();
        }

        @Test
        void acceptsHeadlines() {
            assertThat(Findings.of(
                            rule, "Kremlin asks Turkey: Help stop attacks on Syria, Russian forces in Idlib\n\nText."))
                    .isEmpty();
            assertThat(Findings.of(
                            rule, " date 2020-02 Trump, Turkey call for Russia to stop backing Syrian ‘atrocities’"))
                    .isEmpty();
            assertThat(Findings.of(rule, "UN: Idlib offensive must stop now, says the envoy.\n\nText."))
                    .isEmpty();
            assertThat(Findings.of(rule, "Will Turkey and Russia go to war over Idlib?\n\nText."))
                    .isEmpty();
        }

        @Test
        void leavesEmptyDocumentsAlone() {
            assertThat(Findings.of(rule, "date 2020-02\n")).isEmpty();
        }
    }

    @Nested
    class DuplicateParagraph {
        private final DuplicateParagraphRule rule = new DuplicateParagraphRule();

        @Test
        void reportsTheRepetitionPointingToTheFirstLine() {
            String text = "Title\r\n\r\nMoscow's relations with Turkey came under strain.\r\n"
                    + "Moscow's relations with Turkey came under strain.\r\nblock\r\n";
            assertThat(Findings.list(rule, text)).singleElement().satisfies(f -> {
                assertThat(Findings.render(f))
                        .isEqualTo(
                                "[4,1] duplicate-paragraph 'Moscow's relations with Turkey came under" + " strain.'");
                assertThat(f.message()).isEqualTo("Paragraph repeats line 3");
            });
        }

        @Test
        void comparesFoldedWithSpacesCollapsed() {
            String text = "Title\n\nMoscow’s  relations with Turkey came under strain.\n\n"
                    + "  moscow's relations\u00A0with TURKEY came under strain. \n";
            assertThat(Findings.of(rule, text))
                    .containsExactly(
                            "[5,3] duplicate-paragraph 'moscow's relations<U+00A0>with TURKEY came under strain.'");
        }

        @Test
        void reportsABodyLineRepeatingTheTitle() {
            String text = "date 2020-02 Turkey, Russia discuss ways to calm violence\n\n"
                    + "Turkey, Russia discuss ways to calm violence\n";
            assertThat(Findings.of(rule, text))
                    .containsExactly("[3,1] duplicate-paragraph 'Turkey, Russia discuss ways to calm violence'");
        }

        @Test
        void ignoresShortLinesAndDifferentParagraphs() {
            String text = "Title\n\nblock\nblock\nHe said so.\nHe said so.\n"
                    + "Moscow's relations with Turkey came under strain.\n"
                    + "But Moscow's relations with Turkey came under strain.\n";
            assertThat(Findings.of(rule, text)).isEmpty();
        }

        @Test
        void linesWhoseKeysCollideAreStillToldApartByText() {
            DuplicateParagraphRule everyKeyEqual = new DuplicateParagraphRule((text, begin, end) -> 42L);
            String text = "Title\n\nMoscow's relations with Turkey came under strain.\n"
                    + "Ankara's relations with Moscow came under strain.\n"
                    + "ankara’s relations  with Moscow came under strain.\n"
                    + "Moscow's relations with Turkey came under strain.\n"
                    + "A third line about something else entirely.\n";

            assertThat(Findings.list(everyKeyEqual, text))
                    .extracting(Finding::message)
                    .containsExactly("Paragraph repeats line 4", "Paragraph repeats line 3");
            assertThat(Findings.of(everyKeyEqual, text)).isEqualTo(Findings.of(rule, text));
        }

        @Test
        void equalNormalisedTextsHaveEqualKeys() {
            char[] a = "  Moscow’s  relations\u00A0with TURKEY ".toCharArray();
            char[] b = "moscow's relations with turkey".toCharArray();
            char[] c = "moscow's relations with turkeys".toCharArray();

            assertThat(TextUtil.normalizedKey(a, 0, a.length)).isEqualTo(TextUtil.normalizedKey(b, 0, b.length));
            assertThat(TextUtil.normalizedKey(b, 0, b.length)).isNotEqualTo(TextUtil.normalizedKey(c, 0, c.length));
        }
    }
}
