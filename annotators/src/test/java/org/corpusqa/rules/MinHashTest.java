package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinHashTest {

    /** Text of {@code count} distinct words, numbered from {@code first}: each 5-word shingle is unique. */
    private static String words(int first, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            text.append("w").append(Integer.toString(i, 36)).append(' ');
        }
        return text.toString();
    }

    private static int[] sketch(String text) {
        return MinHash.of(text.toCharArray(), 0, text.length()).sketch();
    }

    @Test
    void equalWordsGiveEqualSketchesWhateverTheLayoutCaseAndPunctuation() {
        int[] a = sketch("Moscow’s relations with Turkey, said the minister on Monday.");
        int[] b = sketch("MOSCOW'S relations\r\n  with Turkey -- said the Minister on Monday");

        assertThat(a).hasSize(MinHash.SIZE).isEqualTo(b);
        assertThat(MinHash.similarity(a, b)).isEqualTo(1.0);
    }

    @Test
    void fillsEveryPositionOfAShortText() {
        int[] sketch = sketch(words(0, 6)); // two shingles for 128 positions

        assertThat(sketch).hasSize(MinHash.SIZE).doesNotContain(Integer.MAX_VALUE);
        assertThat(java.util.Arrays.stream(sketch).distinct().count()).isEqualTo(2);
    }

    @Test
    void disjointTextsShareAlmostNoPosition() {
        assertThat(MinHash.similarity(sketch(words(0, 600)), sketch(words(10_000, 600))))
                .isLessThan(0.05);
    }

    /**
     * Texts of n shingles that share a known share of them: the mean estimate over many pairs must
     * be close to the true Jaccard similarity (unbiased), and single estimates must spread about
     * as classic MinHash does, whether the sketch is full (long texts) or densified (short ones).
     */
    @ParameterizedTest
    @ValueSource(ints = {40, 600})
    void estimatesTheJaccardSimilarityWithoutBias(int wordsPerText) {
        SplittableRandom random = new SplittableRandom(42);
        for (double overlap : new double[] {0.3, 0.8}) {
            List<Double> errors = new ArrayList<>();
            double sum = 0;
            int pairs = 200;
            for (int pair = 0; pair < pairs; pair++) {
                int base = random.nextInt(1_000_000) * 10;
                int shared = (int) Math.round(wordsPerText * overlap);
                String a = words(base, wordsPerText);
                String b = words(base + wordsPerText - shared, wordsPerText);
                double truth = jaccardOfShingles(wordsPerText, shared);
                double estimate = MinHash.similarity(sketch(a), sketch(b));
                sum += estimate - truth;
                errors.add(Math.abs(estimate - truth));
            }
            assertThat(sum / pairs).as("bias at overlap %s", overlap).isCloseTo(0, within(0.015));
            double standardError =
                    Math.sqrt(errors.stream().mapToDouble(e -> e * e).sum() / pairs);
            assertThat(standardError).as("error at overlap %s", overlap).isLessThan(0.06);
        }
    }

    /** Jaccard similarity of the 5-word shingles of two texts of n words whose last/first {@code shared} agree. */
    private static double jaccardOfShingles(int words, int shared) {
        int shingles = words - MinHash.SHINGLE_WORDS + 1;
        int common = Math.max(0, shared - MinHash.SHINGLE_WORDS + 1);
        return common / (double) (2 * shingles - common);
    }

    @Test
    void sketchesNothingBelowFiveWords() {
        assertThat(sketch("one two three four")).isEmpty();
        assertThat(MinHash.of("one two three four five".toCharArray(), 0, 23).shingles())
                .isEqualTo(1);
    }
}
