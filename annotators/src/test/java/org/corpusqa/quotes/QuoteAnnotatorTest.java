package org.corpusqa.quotes;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.corpusqa.registry.ActorRegistryResource;
import org.corpusqa.type.Actor;
import org.corpusqa.type.Finding;
import org.corpusqa.type.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteAnnotatorTest {

    private static AnalysisEngine engine(String registryUrl) throws Exception {
        return createEngine(
                QuoteAnnotator.class,
                QuoteAnnotator.RES_REGISTRY,
                ExternalResourceFactory.createSharedResourceDescription(registryUrl, ActorRegistryResource.class));
    }

    /** A CAS with the text and an Actor over the first occurrence of each {@code text=id/KIND}. */
    private static JCas cas(String text, String... actors) throws Exception {
        JCas jcas = JCasFactory.createText(text, "en");
        for (String spec : actors) {
            String name = spec.substring(0, spec.indexOf('='));
            String[] idKind = spec.substring(spec.indexOf('=') + 1).split("/");
            int begin = text.indexOf(name);
            Actor actor = new Actor(jcas, begin, begin + name.length());
            actor.setKind(idKind[1]);
            actor.setMentionType("NAME");
            actor.setEntityId(idKind[0]);
            actor.setMatchRule("name");
            actor.addToIndexes();
        }
        return jcas;
    }

    private static List<String> quotes(JCas jcas) {
        return JCasUtil.select(jcas, Quote.class).stream()
                .map(q -> "[" + q.getBegin() + "," + q.getEnd() + "]" + q.getQuoteKind() + " "
                        + (q.getSpeaker() == null ? "-" : q.getSpeaker().getCoveredText()) + "(" + q.getSpeakerId()
                        + ") " + q.getSpeakerRule())
                .toList();
    }

    private static List<String> findings(JCas jcas) {
        return JCasUtil.select(jcas, Finding.class).stream()
                .map(f -> "[" + f.getBegin() + "," + f.getEnd() + "]" + f.getRuleId() + " " + f.getCategory() + "/"
                        + f.getSeverity() + ": " + f.getMessage() + " | " + f.getHint())
                .toList();
    }

    @Test
    void annotatesQuotesWithKindAndTheSpeakerActor() throws Exception {
        JCas jcas = cas("\"We will respond,\" Smith said, calling the attack \"cowardly\".", "Smith=smith/PERSON");

        engine(ActorRegistryResource.NONE).process(jcas);

        assertThat(quotes(jcas))
                .containsExactly("[0,18]DIRECT Smith(smith) verb-after", "[50,60]PARTIAL Smith(smith) verb-before");
        assertThat(JCasUtil.select(jcas, Quote.class))
                .allSatisfy(q -> assertThat(q.getSpeaker()).isSameAs(JCasUtil.selectSingle(jcas, Actor.class)));
        assertThat(findings(jcas)).isEmpty();
    }

    @Test
    void addsAPronounActorForAPronounSpeaker() throws Exception {
        JCas jcas = cas("Smith met reporters. \"We are ready,\" he said.", "Smith=smith/PERSON");

        engine(ActorRegistryResource.NONE).process(jcas);

        Actor pronoun = JCasUtil.select(jcas, Actor.class).stream()
                .filter(a -> a.getMentionType().equals("PRONOUN"))
                .findFirst()
                .orElseThrow();
        assertThat(pronoun.getCoveredText()).isEqualTo("he");
        assertThat(pronoun.getKind()).isEqualTo("PERSON");
        assertThat(pronoun.getEntityId()).isEqualTo("smith");
        assertThat(pronoun.getMatchRule()).isEqualTo("pronoun");
        assertThat(JCasUtil.selectSingle(jcas, Quote.class).getSpeaker()).isSameAs(pronoun);
    }

    @Test
    void resolvesSheWithTheRegistryGender(@TempDir Path dir) throws Exception {
        Path registry = dir.resolve("actors.yml");
        Files.writeString(
                registry,
                """
                actors:
                  - {id: merkel, name: Angela Merkel, kind: PERSON, gender: female}
                  - {id: smith, name: John Smith, kind: PERSON, gender: male}
                """);
        JCas jcas = cas(
                "Angela Merkel met John Smith. \"We agreed,\" she said.",
                "Angela Merkel=merkel/PERSON",
                "John Smith=smith/PERSON");

        engine(registry.toUri().toString()).process(jcas);

        assertThat(quotes(jcas)).containsExactly("[30,42]DIRECT she(merkel) verb-after");
    }

    @Test
    void reportsADirectQuoteWithoutASpeaker() throws Exception {
        JCas jcas = cas("\"We stand united,\" a spokesman said. Officials \"welcomed\" it.");

        engine(ActorRegistryResource.NONE).process(jcas);

        assertThat(findings(jcas))
                .containsExactly("[0,18]unresolved-speaker reference/error: Quote has no speaker that resolves to the"
                        + " actor registry | name the speaker, add it to the actor registry, or suppress the finding");
    }

    @Test
    void reportsADirectQuoteWhoseSpeakerHasNoEntityId() throws Exception {
        JCas jcas = cas("\"It is over,\" Hugh Hill said.", "Hugh Hill=/PERSON");

        engine(ActorRegistryResource.NONE).process(jcas);

        assertThat(quotes(jcas)).containsExactly("[0,13]DIRECT Hugh Hill() verb-after");
        assertThat(findings(jcas))
                .containsExactly("[0,13]unresolved-speaker reference/error: Quote speaker 'Hugh Hill' does not resolve"
                        + " to the actor registry | add `Hugh Hill` to the actor registry or suppress the finding");
    }

    @Test
    void reportsMixedAndUnbalancedMarksAtTheirPosition() throws Exception {
        JCas jcas = cas(
                "“Aggression must stop now,\" Cavusoglu said.\nHe said: \"we will see.", "Cavusoglu=cavusoglu/PERSON");

        engine(ActorRegistryResource.NONE).process(jcas);

        assertThat(quotes(jcas)).containsExactly("[0,27]DIRECT Cavusoglu(cavusoglu) verb-after");
        assertThat(findings(jcas))
                .containsExactly(
                        "[26,27]mixed-quote-marks typography/warning: Quote opened with “ is closed with \" (mixed quote"
                                + " marks) | use matching quote marks",
                        "[53,54]unbalanced-quote typography/warning: Opening quote mark \" is never closed | use"
                                + " matching quote marks");
    }

    @Test
    void runsWithoutARegistryBinding() throws Exception {
        JCas jcas = cas("Smith said: \"Fine.\"", "Smith=smith/PERSON");

        createEngine(QuoteAnnotator.class).process(jcas);

        assertThat(quotes(jcas)).containsExactly("[12,19]DIRECT Smith(smith) verb-before");
    }
}
