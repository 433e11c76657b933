package org.corpusqa.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * One numeric expression per row of {@code number-expressions.psv}: a sentence from news of many
 * kinds (economy, sport, disasters, elections, health, science, conflict), the span text expected,
 * and its kind, value, upper value, qualifier and normalized form. Kind {@code NONE} means that no
 * number may overlap the span ({@code no one}, {@code M5}, {@code 10:30}). The span is looked up as
 * its first occurrence in the sentence.
 */
class NumberExpressionTableTest {
    private static final NumberParser PARSER = new NumberParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(
            resources = "number-expressions.psv",
            delimiter = '|',
            quoteCharacter = '`',
            numLinesToSkip = 1,
            maxCharsPerColumn = 1000)
    void findsTheExpectedNumber(
            String sentence,
            String span,
            String kind,
            String value,
            String upper,
            String qualifier,
            String normalized,
            String documentDate) {
        List<NumberMention> mentions = PARSER.parse(sentence, documentDate);
        int begin = sentence.indexOf(span);
        assertThat(begin).as("span in sentence").isNotNegative();
        int end = begin + span.length();
        if (kind.equals("NONE")) {
            assertThat(mentions)
                    .as("numbers overlapping '%s'", span)
                    .noneMatch(m -> m.begin() < end && begin < m.end());
            return;
        }
        NumberMention mention = mentions.stream()
                .filter(m -> m.begin() == begin && m.end() == end)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + span + "' in " + describe(sentence, mentions)));
        assertThat(mention.kind()).as("kind").isEqualTo(NumberKind.valueOf(kind));
        assertThat(mention.value()).as("value").isCloseTo(Double.parseDouble(value), within(1e-9));
        if (upper.equals("-")) {
            assertThat(mention.upperValue()).as("upperValue").isNaN();
        } else {
            assertThat(mention.upperValue()).as("upperValue").isCloseTo(Double.parseDouble(upper), within(1e-9));
        }
        assertThat(mention.qualifier()).as("qualifier").isEqualTo(Qualifier.valueOf(qualifier));
        assertThat(mention.normalized()).as("normalized").isEqualTo(normalized == null ? "" : normalized);
    }

    private static String describe(String sentence, List<NumberMention> mentions) {
        StringBuilder out = new StringBuilder();
        for (NumberMention m : mentions) {
            out.append("\n  [").append(m.coveredText(sentence)).append("] ").append(m);
        }
        return out.toString();
    }
}
