package org.corpusqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.corpusqa.eval.Records.record;

import java.util.List;
import org.corpusqa.eval.EvaluationError.Kind;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final String TEXT = "Erdogan met Putin and Lavrov in Moscow.\n"
            + "The two leaders said \"we will act\" on Feb. 11, when 3.6 million people fled Idlib and Aleppo.";

    private static final String GOLD_TSV =
            """
            type\tbegin\tend\ttext\tattributes
            Actor\t0\t7\tErdogan\tkind=PERSON;mentionType=NAME;entityId=erdogan
            Actor\t12\t17\tPutin\tkind=PERSON;mentionType=NAME;entityId=putin
            Actor\t22\t28\tLavrov\tkind=PERSON;mentionType=NAME;entityId=lavrov
            Location\t32\t38\tMoscow\tplaceKind=CITY;countryCode=RU;lat=55.76;lon=37.62
            Actor\t44\t55\ttwo leaders\tkind=PERSON;mentionType=GROUP;entityId=erdogan,putin
            Number\t44\t47\ttwo\tnumberKind=CARDINAL;value=2;qualifier=EXACT
            Quote\t61\t74\t"we will act"\tquoteKind=DIRECT;speakerBegin=44;speakerEnd=55;speakerId=erdogan,putin|erdogan;note=either
            Number\t78\t85\tFeb. 11\tnumberKind=DATE;value=11;qualifier=EXACT
            Number\t92\t103\t3.6 million\tnumberKind=CARDINAL;value=3600000;qualifier=EXACT
            Location\t116\t121\tIdlib\tplaceKind=ADMIN|CITY;countryCode=SY;lat=35.93;lon=36.63
            Location\t126\t132\tAleppo\tplaceKind=CITY;countryCode=SY;lat=36.20;lon=37.16
            """;

    private static final List<AnnotationRecord> SYSTEM = List.of(
            record("Actor", TEXT, 0, 7, "entityId=erdogan"),
            record("Actor", TEXT, 12, 17, "entityId=medvedev"),
            record("Actor", TEXT, 32, 38, "kind=STATE;mentionType=METONYM;entityId=RU"),
            record("Actor", TEXT, 40, 55, "mentionType=GROUP;entityId=putin,erdogan"),
            record("Number", TEXT, 44, 47, "value=2"),
            record("Quote", TEXT, 61, 74, "speakerId=erdogan"),
            record("Number", TEXT, 78, 85, "value=11"),
            record("Number", TEXT, 92, 103, "value=3600000.000001"),
            record("Location", TEXT, 116, 121, "placeId=170063;countryCode=SY;lat=35.9306;lon=36.6339"),
            record("Location", TEXT, 126, 132, "placeId=1;countryCode=SY;lat=36.0;lon=40.0"));

    private final Evaluator evaluator = new Evaluator();

    private DocumentEvaluation evaluateSample() throws GoldException {
        return evaluator.evaluate("news/a.txt", TEXT, GoldTsvReader.parse(GOLD_TSV, "a.tsv"), SYSTEM);
    }

    @Test
    void countsExactSpanMatchesPerTypeAsCountedByHand() throws GoldException {
        DocumentEvaluation result = evaluateSample();

        assertThat(result.scores("Actor")).isEqualTo(new TypeScores(4, 4, 2, 3, 2, 1));
        assertThat(result.scores("Location")).isEqualTo(new TypeScores(3, 2, 2, 2, 2, 1));
        assertThat(result.scores("Number")).isEqualTo(new TypeScores(3, 3, 3, 3, 3, 3));
        assertThat(result.scores("Quote")).isEqualTo(new TypeScores(1, 1, 1, 1, 1, 1));
    }

    @Test
    void derivesPrecisionRecallAndF1FromTheCounts() throws GoldException {
        TypeScores actor = evaluateSample().scores("Actor");
        TypeScores location = evaluateSample().scores("Location");

        assertThat(actor.precision()).isEqualTo(0.5);
        assertThat(actor.recall()).isEqualTo(0.5);
        assertThat(actor.f1()).isEqualTo(0.5);
        assertThat(actor.f1Overlap()).isEqualTo(0.75);
        assertThat(actor.attributeAccuracy()).isEqualTo(0.5);
        assertThat(location.precision()).isEqualTo(1.0);
        assertThat(location.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(location.f1()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void listsEveryMissFalseAlarmAndWrongAttributeWithLineAndColumn() throws GoldException {
        List<String> errors =
                evaluateSample().errors().stream().map(EvaluationError::format).toList();

        assertThat(errors)
                .containsExactly(
                        "news/a.txt:1:13: wrong-attribute Actor \"Putin\" entityId: gold 'putin', system 'medvedev'",
                        "news/a.txt:1:23: miss Actor \"Lavrov\"",
                        "news/a.txt:1:33: miss Location \"Moscow\" system has this span as Actor",
                        "news/a.txt:1:33: false-alarm Actor \"Moscow\" gold has this span as Location",
                        "news/a.txt:2:1: false-alarm Actor \"The two leaders\" gold has [44,55) \"two leaders\"",
                        "news/a.txt:2:5: miss Actor \"two leaders\" system has [40,55) \"The two leaders\"",
                        "news/a.txt:2:87: wrong-attribute Location \"Aleppo\" gold placeKind=CITY countryCode=SY"
                                + " lat=36.20 lon=37.16, system placeId=1 countryCode=SY lat=36.0 lon=40.0 (256 km apart)");
    }

    @Test
    void reportsGoldRowsWhoseTextDoesNotMatchTheDocument() {
        AnnotationRecord stale = new AnnotationRecord("Actor", 0, 5, "Putin", Records.attributes(""));
        AnnotationRecord beyond = new AnnotationRecord("Actor", 500, 505, "Putin", Records.attributes(""));

        List<EvaluationError> errors = evaluator
                .evaluate("a.txt", TEXT, List.of(stale, beyond), List.of())
                .errors();

        assertThat(errors)
                .filteredOn(error -> error.kind() == Kind.GOLD_TEXT_MISMATCH)
                .extracting(EvaluationError::detail)
                .containsExactly(
                        "document has \"Erdog\"",
                        "offsets beyond the end of the document (length " + TEXT.length() + ")");
    }

    @Test
    void ignoresLineBreakDifferencesBetweenGoldTextAndDocument() {
        String text = "He said \"we\nact\".";
        AnnotationRecord gold = new AnnotationRecord("Quote", 8, 16, "\"we act\"", Records.attributes(""));

        assertThat(evaluator.evaluate("a.txt", text, List.of(gold), List.of()).errors())
                .extracting(EvaluationError::kind)
                .containsExactly(Kind.MISS);
    }

    @Test
    void microAveragesOverDocumentsBySummingCounts() throws GoldException {
        DocumentEvaluation first = evaluateSample();
        String text = "\"Go\", she said.";
        DocumentEvaluation second =
                evaluator.evaluate("b.txt", text, List.of(), List.of(record("Quote", text, 0, 5, "quoteKind=DIRECT")));

        EvaluationResult result = new EvaluationResult(List.of(first, second));

        TypeScores quote = result.total("Quote");
        assertThat(quote).isEqualTo(new TypeScores(1, 2, 1, 1, 1, 1));
        assertThat(quote.precision()).isEqualTo(0.5);
        assertThat(quote.recall()).isEqualTo(1.0);
        assertThat(second.scores("Actor").f1()).isEqualTo(1.0);
        assertThat(result.total("Actor")).isEqualTo(first.scores("Actor"));
    }

    @Test
    void ignoresTypesOutsideTheEvaluatedOnes() {
        AnnotationRecord other = new AnnotationRecord("Finding", 0, 3, "abc", Records.attributes(""));

        DocumentEvaluation result = evaluator.evaluate("a.txt", "abc", List.of(), List.of(other));

        assertThat(result.errors()).isEmpty();
        assertThat(result.scores().keySet()).containsExactly("Actor", "Location", "Number", "Quote");
    }
}
