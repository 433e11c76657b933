package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EncodingRulesTest {

    @Nested
    class Bom {
        private final BomRule rule = new BomRule();

        @Test
        void reportsBomAtTheStart() {
            assertThat(Findings.of(rule, "\uFEFFTitle\r\n\r\nText.\r\n")).containsExactly("[1,1] bom '<U+FEFF>'");
        }

        @Test
        void reportsStrayBomInsideTheText() {
            assertThat(Findings.of(rule, "Title\n\nOne.\n\uFEFFTwo.\n")).containsExactly("[4,1] bom '<U+FEFF>'");
        }

        @Test
        void ignoresTextWithoutBom() {
            assertThat(Findings.of(rule, "Title\r\n\r\nCafé ½ – no mark here.\r\n"))
                    .isEmpty();
        }

        @Test
        void usesTheDefaultSeverityAndHint() {
            Finding finding = Findings.list(rule, "\uFEFFx").get(0);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.category()).isEqualTo("encoding");
            assertThat(finding.hint()).contains("without BOM");
            assertThat(finding.begin()).isZero();
            assertThat(finding.end()).isEqualTo(1);
        }
    }

    @Nested
    class ReplacementCharacter {
        private final ReplacementCharacterRule rule = new ReplacementCharacterRule();

        @Test
        void reportsARunOfReplacementCharactersOnce() {
            assertThat(Findings.of(rule, "Title\r\n\r\nErdo\uFFFD\uFFFDan said.\r\nNo \uFFFD here.\r\n"))
                    .containsExactly(
                            "[3,5] replacement-character '\uFFFD\uFFFD'", "[4,4] replacement-character '\uFFFD'");
        }

        @Test
        void ignoresCleanText() {
            assertThat(Findings.of(rule, "Çavuşoğlu met Лавров 😀 in Munich.")).isEmpty();
        }
    }

    @Nested
    class MojibakeDetection {
        private final MojibakeRule rule = new MojibakeRule();

        @Test
        void reportsUtf8ReadAsWindows1252() {
            assertThat(Findings.of(rule, "Title\r\n\r\nThe cafÃ© said itâ€™s fine.\r\nMÃ¼nich\n"))
                    .containsExactly("[3,8] mojibake 'Ã©'", "[3,18] mojibake 'â€™'", "[4,2] mojibake 'Ã¼'");
        }

        @Test
        void namesTheRepairedTextInTheMessage() {
            assertThat(Findings.list(rule, "â€œHello,â€\u009D he said").get(0).message())
                    .isEqualTo("Mojibake 'â€œ': UTF-8 read as Windows-1252; it should read '“'");
        }

        @Test
        void joinsAdjacentSequencesAndRepairsDoubleEncoding() {
            assertThat(Findings.list(rule, "itÃ¢â‚¬â„¢s").get(0)).satisfies(f -> {
                assertThat(f.text()).isEqualTo("Ã¢â‚¬â„¢");
                assertThat(f.message()).endsWith("it should read '’'");
            });
        }

        @Test
        void recognisesTurkishAndCyrillicAndEmoji() {
            assertThat(Findings.of(rule, "Ã‡avuÅŸoÄŸlu, ÐŸÑƒÑ‚Ð¸Ð½, ðŸ˜€"))
                    .containsExactly(
                            "[1,1] mojibake 'Ã‡'",
                            "[1,6] mojibake 'ÅŸ'",
                            "[1,9] mojibake 'ÄŸ'",
                            "[1,15] mojibake 'ÐŸÑƒÑ‚Ð¸Ð½'",
                            "[1,27] mojibake 'ðŸ˜€'");
        }

        @Test
        void acceptsC1ControlsAsUndefinedWindows1252Bytes() {
            assertThat(Findings.of(rule, "Ã\u0081lvarez")).containsExactly("[1,1] mojibake 'Ã<U+0081>'");
        }

        @Test
        void ignoresLegitimateLatin1AndUnicodeText() {
            assertThat(Findings.of(
                            rule,
                            "Strauß’s café, SÃO PAULO, naïve “Ñandú”, Ålesund, Ärger, © 2020, ½ · "
                                    + "Çavuşoğlu, Mevlüt, ð in Icelandic, â la carte, Ð’s"))
                    .isEmpty();
        }

        @Test
        void repairsOnlyWhatItRecognises() {
            assertThat(Mojibake.repair("SÃ£o Paulo cafÃ© Ã ")).isEqualTo("São Paulo café Ã ");
        }

        @Test
        void doesNotReadPastTheEnd() {
            assertThat(Findings.of(rule, "ends with Ã")).isEmpty();
            assertThat(Findings.of(rule, "ends with â€")).isEmpty();
        }
    }

    @Nested
    class ControlCharacter {
        private final ControlCharacterRule rule = new ControlCharacterRule();

        @Test
        void reportsC0AndDelAndC1Controls() {
            assertThat(Findings.of(rule, "Title\r\n\r\nA\u0007bell, a\u007Fdel\u0000\u0000 and \u0085.\r\n"))
                    .containsExactly(
                            "[3,2] control-character '<U+0007>'",
                            "[3,10] control-character '<U+007F>'",
                            "[3,14] control-character '<U+0000><U+0000>'",
                            "[3,21] control-character '<U+0085>'");
        }

        @Test
        void allowsTabsAndAllLineEndings() {
            assertThat(Findings.of(rule, "a\tb\r\nc\rd\ne")).isEmpty();
        }

        @Test
        void leavesC1InsideMojibakeToTheMojibakeRule() {
            assertThat(Findings.of(rule, "â€\u009D and Ã\u0081")).isEmpty();
        }

        @Test
        void countsTheRunInTheMessage() {
            assertThat(Findings.list(rule, "x\u0001\u0002\u0003").get(0).message())
                    .isEqualTo("Control character U+0001 and 2 more");
        }
    }
}
