package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpusqa.check.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TypographyRulesTest {

    @Nested
    class AccentApostrophe {
        private final AccentApostropheRule rule = new AccentApostropheRule();

        @Test
        void reportsAcuteAccentInsideAndAfterAWord() {
            assertThat(Findings.of(rule, "Title\r\n\r\nTurkey´s minister and the United States´ desire.\r\n"))
                    .containsExactly("[3,7] accent-apostrophe '´'", "[3,40] accent-apostrophe '´'");
        }

        @Test
        void namesTheWordInTheMessage() {
            assertThat(Findings.list(rule, "the regime´s atrocities").get(0).message())
                    .isEqualTo("'´' used as an apostrophe in 'regime´s'");
        }

        @Test
        void reportsBacktickBetweenLettersAndAfterPluralS() {
            assertThat(Findings.of(rule, "don`t\nthe States` desire\n"))
                    .containsExactly("[1,4] accent-apostrophe '`'", "[2,11] accent-apostrophe '`'");
        }

        @Test
        void reportsAfterNonLatinAndSupplementaryLetters() {
            assertThat(Findings.of(rule, "Ankara´s and İzmir´s and 𝐀´s"))
                    .containsExactly(
                            "[1,7] accent-apostrophe '´'",
                            "[1,19] accent-apostrophe '´'",
                            "[1,28] accent-apostrophe '´'");
        }

        @Test
        void ignoresProperApostrophesCodeSpansAndTexQuotes() {
            assertThat(Findings.of(
                            rule,
                            "Turkey’s and Russia's minister.\n"
                                    + "Run `ls` then `cat files` now.\n"
                                    + "He said ``yes'' loudly.\n"
                                    + "A lone ´ accent and 5´ and e\u0301 combining.\n"))
                    .isEmpty();
        }

        @Test
        void isAWarningInTheTypographyCategory() {
            assertThat(AccentApostropheRule.INFO.defaultSeverity()).isEqualTo(Severity.WARNING);
            assertThat(AccentApostropheRule.INFO.category()).isEqualTo("typography");
        }
    }

    @Nested
    class UnbalancedBracket {
        private final UnbalancedBracketRule rule = new UnbalancedBracketRule();

        @Test
        void reportsUnclosedOpeningBracketAtItsPosition() {
            assertThat(Findings.of(rule, "Title\r\n\r\nThe agreements (between Russia and Turkey were kept.\r\n"))
                    .containsExactly("[3,16] unbalanced-bracket '('");
        }

        @Test
        void reportsClosingBracketWithoutOpening() {
            assertThat(Findings.of(rule, "Title\n\nthe regime] said) no.\n"))
                    .containsExactly("[3,11] unbalanced-bracket ']'", "[3,17] unbalanced-bracket ')'");
        }

        @Test
        void closesWithinTheParagraphAcrossWrappedLines() {
            assertThat(Findings.of(rule, "The talks (held in\r\nAnkara) ended [as\nplanned].\r\n"))
                    .isEmpty();
        }

        @Test
        void doesNotCarryBracketsAcrossABlankLine() {
            assertThat(Findings.of(rule, "One (two\n\nthree) four\n"))
                    .containsExactly("[1,5] unbalanced-bracket '('", "[3,6] unbalanced-bracket ')'");
        }

        @Test
        void ignoresEnumeratorsAndEmoticons() {
            assertThat(Findings.of(rule, "1) first\n  b) second\niv) fourth\nNice :) and sad :-( and wink ;)\n"))
                    .isEmpty();
        }

        @Test
        void checksRoundAndSquareBracketsSeparately() {
            assertThat(Findings.of(rule, "a (b [c) d] e\n")).isEmpty();
            assertThat(Findings.of(rule, "a (b [c d e\n"))
                    .containsExactly("[1,3] unbalanced-bracket '('", "[1,6] unbalanced-bracket '['");
        }
    }

    @Nested
    class NonstandardSpace {
        private final NonstandardSpaceRule rule = new NonstandardSpaceRule();

        @Test
        void reportsNoBreakAndZeroWidthSpaces() {
            assertThat(Findings.of(rule, "Title\r\n\r\nescalation.\u00A0\r\nIdlib\u200Bprovince, 10\u202Fkm\r\n"))
                    .containsExactly(
                            "[3,12] nonstandard-space '<U+00A0>'",
                            "[4,6] nonstandard-space '<U+200B>'",
                            "[4,19] nonstandard-space '<U+202F>'");
        }

        @Test
        void joinsARunIntoOneFinding() {
            assertThat(Findings.list(rule, "a\u00A0\u00A0\u00A0b").get(0).message())
                    .isEqualTo("No-break space (U+00A0) and 2 more instead of a plain space");
        }

        @Test
        void ignoresPlainSpacesTabsAndJoiners() {
            assertThat(Findings.of(rule, "a b\tc\r\nمی\u200Cخواهم 👩\u200D💻\n"))
                    .isEmpty();
        }

        @Test
        void isInformational() {
            assertThat(NonstandardSpaceRule.INFO.defaultSeverity()).isEqualTo(Severity.INFO);
        }
    }
}
