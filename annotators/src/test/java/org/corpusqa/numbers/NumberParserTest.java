package org.corpusqa.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of {@link NumberParser}. Each mention is rendered as one line, {@code [covered text]
 * KIND value[..upper] QUALIFIER [normalized]}, so a failure reads as a diff of short lines. The
 * wider table of expressions is {@link NumberExpressionTableTest}.
 */
class NumberParserTest {
    private final NumberParser parser = new NumberParser();

    private List<String> parse(String text) {
        return parse(text, null);
    }

    private List<String> parse(String text, String documentDate) {
        return parser.parse(text, documentDate).stream()
                .map(m -> render(text, m))
                .toList();
    }

    private static String render(String text, NumberMention m) {
        String value = format(m.value()) + (m.isInterval() ? ".." + format(m.upperValue()) : "");
        String normalized = m.normalized().isEmpty() ? "" : " " + m.normalized();
        return "[" + m.coveredText(text) + "] " + m.kind() + " " + value + " " + m.qualifier() + normalized;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    @Test
    void aGenericCurrencyNameIsTheCurrencyOfTheStorysCountry() {
        String text = "A ticket costs 20 pesos, and a fine 500 kroner.";
        assertThat(parser.parse(text, null, Set.of("MX", "US", "NO")).stream()
                        .map(m -> render(text, m))
                        .toList())
                .containsExactly("[20 pesos] MONEY 20 EXACT MXN", "[500 kroner] MONEY 500 EXACT NOK");
        assertThat(parse(text)).containsExactly("[20] CARDINAL 20 EXACT", "[500] CARDINAL 500 EXACT");
        String naira = "Each got N100,000 and the F16 flew.";
        assertThat(parser.parse(naira, null, Set.of("NG")).stream()
                        .map(m -> render(naira, m))
                        .toList())
                .containsExactly("[N100,000] MONEY 100000 EXACT NGN");
        assertThat(parser.parse(text, null, Set.of("MX", "AR")).stream()
                        .map(m -> render(text, m))
                        .toList())
                .startsWith("[20] CARDINAL 20 EXACT");
    }

    @Test
    void readsDigitsWithSeparatorsAndDecimals() {
        assertThat(parse("The UN says 800,000 people fled; 3.6 percent returned."))
                .containsExactly("[800,000] CARDINAL 800000 EXACT", "[3.6 percent] PERCENT 3.6 EXACT");
    }

    @Test
    void readsNumberWordsWithTheirCompounds() {
        assertThat(parse("Nine soldiers, twenty-one civilians and one hundred and twenty police died."))
                .containsExactly(
                        "[Nine] CARDINAL 9 EXACT",
                        "[twenty-one] CARDINAL 21 EXACT",
                        "[one hundred and twenty] CARDINAL 120 EXACT");
    }

    @Test
    void multipliesByScaleWordsAndAbbreviations() {
        assertThat(parse("It has 3.6 million people, a million cars, 1.2bn trees and 1 million dogs."))
                .containsExactly(
                        "[3.6 million] CARDINAL 3600000 EXACT",
                        "[a million] CARDINAL 1000000 EXACT",
                        "[1.2bn] CARDINAL 1200000000 EXACT",
                        "[1 million] CARDINAL 1000000 EXACT");
    }

    @Test
    void readsOrdinalsInWordsAndDigits() {
        assertThat(parse("For the first time, the 21st summit was the twenty-second in Asia."))
                .containsExactly(
                        "[first] ORDINAL 1 EXACT", "[21st] ORDINAL 21 EXACT", "[twenty-second] ORDINAL 22 EXACT");
    }

    @Test
    void readsPercentagesInEveryWrittenForm() {
        assertThat(parse("Prices rose 12%, then 12 percent, then 12 per cent."))
                .containsExactly(
                        "[12%] PERCENT 12 EXACT", "[12 percent] PERCENT 12 EXACT", "[12 per cent] PERCENT 12 EXACT");
    }

    @Test
    void readsMoneyWithItsCurrencyCode() {
        assertThat(parse("Aid of $5 million, €3bn and £20 came with 5 million dollars."))
                .containsExactly(
                        "[$5 million] MONEY 5000000 EXACT USD",
                        "[€3bn] MONEY 3000000000 EXACT EUR",
                        "[£20] MONEY 20 EXACT GBP",
                        "[5 million dollars] MONEY 5000000 EXACT USD");
    }

    @Test
    void readsFourDigitNumbersAsYearsUnlessContextShowsACount() {
        assertThat(parse("A 2018 deal, in force since 2012, let 2018 people vote; about 2000 came."))
                .containsExactly(
                        "[2018] YEAR 2018 EXACT",
                        "[2012] YEAR 2012 EXACT",
                        "[2018] CARDINAL 2018 EXACT",
                        "[2000] CARDINAL 2000 APPROXIMATE");
    }

    @Test
    void readsMonthAndYearWithoutDayAsYearOnly() {
        assertThat(parse("The deal was signed in September 2018.")).containsExactly("[2018] YEAR 2018 EXACT");
    }

    @Test
    void readsDaysOfAMonthAsDatesWithTheDocumentYear() {
        assertThat(parse("The Kremlin said on Feb. 11 that talks begin on 28 April.", "2020-02"))
                .containsExactly("[Feb. 11] DATE 11 EXACT 2020-02-11", "[28 April] DATE 28 EXACT 2020-04-28");
    }

    @Test
    void prefersTheYearWrittenInTheText() {
        assertThat(parse("The towers fell on September 11, 2001.", "2020-02"))
                .containsExactly("[September 11, 2001] DATE 11 EXACT 2001-09-11");
    }

    @Test
    void placesADayWithoutYearInTheRecentPastOfTheDocument() {
        assertThat(parse("Troops left on December 28 and return on March 3.", "2020-02-15"))
                .containsExactly("[December 28] DATE 28 EXACT 2019-12-28", "[March 3] DATE 3 EXACT 2020-03-03");
    }

    @Test
    void leavesTheDateUnnormalizedWhenNoYearIsKnown() {
        assertThat(parse("The Kremlin said on Feb. 11 that it agreed.")).containsExactly("[Feb. 11] DATE 11 EXACT");
    }

    @Test
    void readsVagueQuantitiesAsApproximateIntervals() {
        assertThat(parse("Hundreds died, hundreds of thousands fled, millions and dozens of others stayed, "
                        + "tens of thousands hid and scores of people were hurt."))
                .containsExactly(
                        "[Hundreds] CARDINAL 200..999 APPROXIMATE",
                        "[hundreds of thousands] CARDINAL 200000..999999 APPROXIMATE",
                        "[millions] CARDINAL 2000000..999999999 APPROXIMATE",
                        "[dozens] CARDINAL 24..99 APPROXIMATE",
                        "[tens of thousands] CARDINAL 20000..99999 APPROXIMATE",
                        "[scores] CARDINAL 40..99 APPROXIMATE");
    }

    @Test
    void keepsQualifierWordsOutsideTheSpan() {
        assertThat(parse("Close to 1 million fled, more than 120 died, up to four posts fell, "
                        + "nearly nine years passed and at least 5 sank."))
                .containsExactly(
                        "[1 million] CARDINAL 1000000 APPROXIMATE",
                        "[120] CARDINAL 120 AT_LEAST",
                        "[four] CARDINAL 4 AT_MOST",
                        "[nine] CARDINAL 9 APPROXIMATE",
                        "[5] CARDINAL 5 AT_LEAST");
    }

    @Test
    void readsQualifiersWrittenAfterTheNumber() {
        assertThat(parse("Some 40-plus boats, 100 or so cars and 500 or more buses."))
                .containsExactly(
                        "[40] CARDINAL 40 AT_LEAST", "[100] CARDINAL 100 APPROXIMATE", "[500] CARDINAL 500 AT_LEAST");
    }

    @Test
    void readsARangeAsOneSpanWithBothBounds() {
        assertThat(parse("Between 10 and 20 people, 5 to 10 million dollars and 20-25% of the vote."))
                .containsExactly(
                        "[10 and 20] CARDINAL 10..20 RANGE",
                        "[5 to 10 million dollars] MONEY 5000000..10000000 RANGE USD",
                        "[20-25%] PERCENT 20..25 RANGE");
    }

    @Test
    void keepsScoresVotesAndChangesAsSeparateNumbers() {
        assertThat(parse("They won 3-1 after MPs voted 52 to 48; rates fell from 5% to 4%."))
                .containsExactly(
                        "[3] CARDINAL 3 EXACT",
                        "[1] CARDINAL 1 EXACT",
                        "[52] CARDINAL 52 EXACT",
                        "[48] CARDINAL 48 EXACT",
                        "[5%] PERCENT 5 EXACT",
                        "[4%] PERCENT 4 EXACT");
    }

    @Test
    void spansOnlyTheNumberOfAHyphenatedCompound() {
        assertThat(parse("The nine-year war killed a 13-year-old."))
                .containsExactly("[nine] CARDINAL 9 EXACT", "[13] CARDINAL 13 EXACT");
    }

    @Test
    void skipsThePronounOne() {
        assertThat(parse("He called it one of the last hotbeds; no one knew, and they met one another."))
                .isEmpty();
    }

    @Test
    void skipsNumberWordsCapitalizedInsideASentence() {
        assertThat(parse("Talks in Geneva\nEnvoys met at the Four Seasons before the Group of Seven summit. "
                        + "Four soldiers died. \"Three,\" he said. (Reuters) - Two more were hurt."))
                .containsExactly("[Four] CARDINAL 4 EXACT", "[Three] CARDINAL 3 EXACT", "[Two] CARDINAL 2 EXACT");
    }

    @Test
    void readsNumberWordsInATitleCaseHeadline() {
        assertThat(parse("Turkey Says Four Soldiers Killed In Idlib\nThe army said so."))
                .containsExactly("[Four] CARDINAL 4 EXACT");
    }

    @Test
    void skipsDigitsInsideCodesAndNames() {
        assertThat(parse("On the M5 highway G20 envoys discussed COVID-19, F-16 jets and Resolution 2254."))
                .isEmpty();
    }

    @Test
    void skipsClockTimesAndSlashedForms() {
        assertThat(parse("At 10:30, 3pm and 0800 GMT the 24/7 desk reported on 9/11."))
                .isEmpty();
    }

    @Test
    void skipsDigitsInUrlsAndHandles() {
        assertThat(parse("Read https://example.org/2020/12/report or ask @desk2020 #G20."))
                .isEmpty();
    }

    @Test
    void skipsTheMetadataDateLineButUsesItsDate() {
        assertThat(parse(" date 2020-02 Talks on Feb. 11\n\nTurkey has 12 posts."))
                .containsExactly("[Feb. 11] DATE 11 EXACT 2020-02-11", "[12] CARDINAL 12 EXACT");
    }

    @Test
    void readsNumbersWithUnicodeDashesAndSpaces() {
        assertThat(parse("Between 10–20 people and 5\u00a0million others.\r\nNext line: 7."))
                .containsExactly(
                        "[10–20] CARDINAL 10..20 RANGE",
                        "[5\u00a0million] CARDINAL 5000000 EXACT",
                        "[7] CARDINAL 7 EXACT");
    }

    @Test
    void returnsNothingForEmptyText() {
        assertThat(parser.parse("", null)).isEmpty();
        assertThat(parser.parse(null, null)).isEmpty();
    }

    @Test
    void returnsSortedMentionsThatNeverOverlap() {
        String text = "Around 3 million, between 2010 and 2015, on Feb. 11, 2020, $5-10bn and 40-odd were seen.";
        List<NumberMention> mentions = parser.parse(text, null);
        assertThat(mentions).hasSize(5);
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).begin())
                    .isGreaterThanOrEqualTo(mentions.get(i - 1).end());
        }
    }

    @Test
    void survivesArbitraryMixturesOfNumberishTokens() {
        String[] parts = {
            "1",
            "12",
            "2018",
            "1,000",
            "3.6",
            "-",
            "–",
            "$",
            "€",
            "US",
            "%",
            "per",
            "cent",
            "a",
            "million",
            "hundreds",
            "of",
            "thousands",
            "one",
            "first",
            "second",
            "Feb",
            ".",
            "April",
            "28",
            ",",
            "between",
            "and",
            "to",
            "or",
            "so",
            "more",
            "than",
            "half",
            "third",
            "No",
            "Article",
            "\n",
            "/",
            ":",
            "'",
            "s",
            "th",
            "m",
            "bn",
            "COVID",
            "dozen",
            "scores",
            "(",
            "\"",
            "date",
            "2020-02",
            "+",
            "plus",
            "odd",
            "0800",
            "GMT",
            "pm",
            "One",
            "Big"
        };
        Random random = new Random(42);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                text.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
            }
            List<NumberMention> mentions = parser.parse(text.toString(), random.nextBoolean() ? "2020-02" : null);
            int previousEnd = 0;
            for (NumberMention m : mentions) {
                assertThat(m.begin()).as("%s in '%s'", m, text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(m.end()).as("%s in '%s'", m, text).isLessThanOrEqualTo(text.length());
                previousEnd = m.end();
            }
        }
    }

    @Test
    void parsesLargeTextsInLinearTime() {
        String paragraph = "More than 1,000 attacks since 2012 displaced hundreds of thousands; on Feb. 11 about "
                + "$3.6 million, 12% and twenty-one posts were reported by no one. ";
        String text = paragraph.repeat(20_000);
        List<NumberMention> mentions =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parser.parse(text, "2020-02"));
        assertThat(mentions).hasSize(7 * 20_000);
    }
}
