package org.corpusqa.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAnalyzerTest {

    @Test
    void nestedQuotesBelongToTheirOuterQuote() {
        Actors actors = Actors.in("\"He told me 'never again',\" Smith said.").man("Smith", "smith");

        assertThat(actors.quotes()).containsExactly("DIRECT \"He told me 'never again',\" <- Smith[smith] verb-after");
    }

    @Test
    void aNicknameInsideANameIsNoQuote() {
        Actors actors = Actors.in("President Joko “Jokowi” Widodo said the capital would move, calling it \"a must\"."
                        + " Ferdinand \"Bongbong\" Marcos Jr. won.")
                .man("Joko Widodo", "jokowi");

        assertThat(actors.quotes()).containsExactly("PARTIAL \"a must\" <- -[] ");
    }

    @Test
    void reportsMarkProblemsAlongsideTheQuotes() {
        QuoteAnalysis analysis =
                Actors.in("“Stop now,\" he said. Then: \"no more").analyze();

        assertThat(analysis.problems())
                .extracting(ScanProblem::ruleId)
                .containsExactly(ScanProblem.MIXED, ScanProblem.UNBALANCED);
    }

    @Test
    void staysLinearOnAHugeParagraphWithoutSentenceBreaks() {
        StringBuilder text = new StringBuilder();
        List<Mention> actors = new ArrayList<>();
        while (text.length() < 1_000_000) {
            actors.add(new Mention(text.length(), text.length() + 5, "PERSON", "NAME", "smith"));
            text.append("Smith met Jones and said the plan was \"bad\" and \"We will see what comes,\" he added ");
        }

        QuoteAnalysis analysis = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> new QuoteAnalyzer(GenderLookup.UNKNOWN).analyze(text.toString(), actors));

        assertThat(analysis.quotes()).hasSize(2 * actors.size());
        assertThat(analysis.quotes()).allMatch(q -> q.attribution().resolved());
    }
}
