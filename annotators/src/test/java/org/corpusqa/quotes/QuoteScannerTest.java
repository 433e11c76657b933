package org.corpusqa.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    /** Renders quotes as their covered text, with a '+' for open-ended pieces. */
    private static List<String> quotes(String text) {
        return QuoteScanner.scan(text).quotes().stream()
                .map(q -> (q.depth() > 0 ? "  " : "") + text.substring(q.begin(), q.end()) + (q.openEnded() ? "+" : ""))
                .toList();
    }

    private static List<String> problems(String text) {
        return QuoteScanner.scan(text).problems().stream()
                .map(p -> p.ruleId() + "@" + p.begin() + " " + p.message())
                .toList();
    }

    @Test
    void findsStraightAndCurlyDoubleQuotesWithTheirMarks() {
        String text = "\"We will win,\" said Smith. Jones called it “a farce”.";

        assertThat(quotes(text)).containsExactly("\"We will win,\"", "“a farce”");
        assertThat(problems(text)).isEmpty();
    }

    @Test
    void findsGuillemetsAndLowNinetyNineQuotes() {
        String text = "He said «non» and „ja“, then »nein« and „tak”.";

        assertThat(quotes(text)).containsExactly("«non»", "„ja“", "»nein«", "„tak”");
        assertThat(problems(text)).isEmpty();
    }

    @Test
    void acceptsEverySingleQuotePairWithoutAProblem() {
        String text = "He said ‘yes’, ‚ja‘, ‚tak’, ‹non› and ›nein‹ to 'it'.";

        assertThat(quotes(text)).containsExactly("‘yes’", "‚ja‘", "‚tak’", "‹non›", "›nein‹", "'it'");
        assertThat(problems(text)).isEmpty();
    }

    @Test
    void acceptsFrenchSpacingInsideGuillemets() {
        String text = "Il a dit « Non » et ‹ oui ›.";

        assertThat(quotes(text)).containsExactly("« Non »", "‹ oui ›");
        assertThat(problems(text)).isEmpty();
    }

    @Test
    void readsAWrongWayRoundOpeningMarkAsAMixedQuote() {
        String text = "’We will win,’ he said in the ’90s.";

        assertThat(quotes(text)).containsExactly("’We will win,’");
        assertThat(problems(text))
                .containsExactly("mixed-quote-marks@13 Quote opened with ’ is closed with ’ (mixed quote marks)");
    }

    @Test
    void tellsApostrophesInsideWordsFromClosingMarks() {
        String text = "Russia’s envoy said he didn’t back Syrian ‘atrocities’ after the Turks’ deaths "
                + "and Damascus’ attacks on al-Qa’ida.";

        assertThat(quotes(text)).containsExactly("‘atrocities’");
        assertThat(problems(text)).isEmpty();
    }

    @Test
    void ignoresAcuteAccentsUsedAsApostrophes() {
        String text = "the Syrian regime´s \"atrocities\" and the United States´ desire";

        assertThat(quotes(text)).containsExactly("\"atrocities\"");
    }

    @Test
    void readsBritishSingleQuotesAroundApostrophes() {
        String text = "'We won't accept the Turks' demands,' he said, calling it 'Ankara's folly'.";

        assertThat(quotes(text)).containsExactly("'We won't accept the Turks' demands,'", "'Ankara's folly'");
    }

    @Test
    void closesASingleQuoteAfterAPluralWhenAFunctionWordFollows() {
        String text = "He called them 'terrorist groups' and said 'nothing' would change.";

        assertThat(quotes(text)).containsExactly("'terrorist groups'", "'nothing'");
    }

    @Test
    void keepsAStraightApostropheWithoutALaterCloserAsAnApostrophe() {
        String text = "the '90s were calm, and 'tis said rock 'n roll survived";

        assertThat(quotes(text)).isEmpty();
        assertThat(problems(text)).isEmpty();
    }

    @Test
    void nestsQuotesOfTheOtherKind() {
        String text = "\"He told me 'never again' twice,\" she said. ‘They call it “peace”,’ he said.";

        assertThat(quotes(text))
                .containsExactly(
                        "\"He told me 'never again' twice,\"",
                        "  'never again'",
                        "‘They call it “peace”,’",
                        "  “peace”");
    }

    @Test
    void reportsAMixedPairAsAQuoteAndAProblemAtTheClosingMark() {
        String text = "“Aggression must stop now,\" Cavusoglu said.";

        assertThat(quotes(text)).containsExactly("“Aggression must stop now,\"");
        assertThat(problems(text))
                .containsExactly("mixed-quote-marks@26 Quote opened with “ is closed with \" (mixed quote marks)");
    }

    @Test
    void splitsAMultiParagraphQuoteIntoOnePiecePerParagraph() {
        String text = "\"We will rebuild the city,\" he said. \"It will take years.\n\n"
                + "\"Nobody should doubt it.\n"
                + "\"We start today.\"\n"
                + "Officials agreed.";

        List<QuoteSpan> spans = QuoteScanner.scan(text).quotes();
        assertThat(quotes(text))
                .containsExactly(
                        "\"We will rebuild the city,\"",
                        "\"It will take years.+",
                        "\"Nobody should doubt it.+",
                        "\"We start today.\"");
        assertThat(spans).extracting(QuoteSpan::continuesPrevious).containsExactly(false, false, true, true);
        assertThat(problems(text)).isEmpty();
    }

    @Test
    void reportsAnUnclosedQuoteWithoutThrowing() {
        String text = "Smith said: \"we will win.\nThe army retreated.";

        assertThat(quotes(text)).isEmpty();
        assertThat(problems(text)).containsExactly("unbalanced-quote@12 Opening quote mark \" is never closed");
    }

    @Test
    void reportsAClosingMarkWithNothingToClose() {
        String text = "The talks ended.” Then nothing.";

        assertThat(quotes(text)).isEmpty();
        assertThat(problems(text)).containsExactly("unbalanced-quote@16 Closing quote mark ” has no opening mark");
    }

    @Test
    void neverLetsAQuoteCrossALineWithoutTheContinuationConvention() {
        String text = "“First line\nSecond “line” here";

        assertThat(quotes(text)).containsExactly("“line”");
        assertThat(problems(text)).containsExactly("unbalanced-quote@0 Opening quote mark “ is never closed");
    }

    @Test
    void handlesCarriageReturnsAndEmptyText() {
        assertThat(quotes("\"One,\" he said.\r\n\"Two.\"\r\n")).containsExactly("\"One,\"", "\"Two.\"");
        assertThat(QuoteScanner.scan("").quotes()).isEmpty();
    }
}
