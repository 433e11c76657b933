package org.corpusqa.actors;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.ExternalResourceFactory.createSharedResourceDescription;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.corpusqa.registry.ActorRegistryResource;
import org.corpusqa.type.Actor;
import org.corpusqa.type.DocumentInfo;
import org.corpusqa.type.Finding;
import org.junit.jupiter.api.Test;

class ActorAnnotatorTest {

    @Test
    void annotatesNamesStatesMetonymsAndTitlesWithTheDocumentDate() throws Exception {
        JCas jcas = run(
                "Turkey´s foreign minister pressed his Russian counterpart after Ankara said it would attack Damascus.",
                "2020-02");

        assertThat(actors(jcas))
                .containsExactly(
                        "[0,6]STATE/NAME/TR (Turkey)",
                        "[9,25]PERSON/TITLE/cavusoglu (foreign minister)",
                        "[38,57]PERSON/TITLE/lavrov (Russian counterpart)",
                        "[64,70]STATE/METONYM/TR (Ankara)",
                        "[92,100]STATE/METONYM/SY (Damascus)");
    }

    @Test
    void leavesPlacesToTheLocationAnnotator() throws Exception {
        JCas jcas = run("Talks in Ankara ended as troops moved into northwest Syria.", "2020-02");

        assertThat(actors(jcas)).isEmpty();
    }

    @Test
    void setsTheMatchRule() throws Exception {
        JCas jcas = run("Kremlin spokesman Dmitry Peskov said Tayyip Erdoğan would come.", "2020-02");

        assertThat(JCasUtil.select(jcas, Actor.class))
                .extracting(Actor::getCoveredText, Actor::getMatchRule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kremlin", "name"),
                        org.assertj.core.groups.Tuple.tuple("Dmitry Peskov", "name"),
                        org.assertj.core.groups.Tuple.tuple("Tayyip Erdoğan", "dropped-given-names"));
    }

    @Test
    void reportsUnknownNamesWithAnEmptyEntityId() throws Exception {
        JCas jcas = run("Turkish Vice-President Cevdet Yilmaz said Yilmaz had met Putin.", "2023-12");

        assertThat(actors(jcas))
                .containsExactly(
                        "[23,36]PERSON/NAME/ (Cevdet Yilmaz)",
                        "[42,48]PERSON/NAME/ (Yilmaz)",
                        "[57,62]PERSON/NAME/putin (Putin)");
    }

    @Test
    void addsFindingsForTitleMismatches() throws Exception {
        JCas jcas = run("Russian President Sergei Lavrov said", "2020-02");

        assertThat(JCasUtil.select(jcas, Finding.class)).singleElement().satisfies(f -> {
            assertThat(f.getRuleId()).isEqualTo("title-mismatch");
            assertThat(f.getCategory()).isEqualTo("reference");
            assertThat(f.getSeverity()).isEqualTo("warning");
            assertThat(f.getCoveredText()).isEqualTo("Sergei Lavrov");
            assertThat(f.getHint()).contains("lavrov");
        });
    }

    @Test
    void worksWithoutDocumentInfoOrRegistry() throws Exception {
        AnalysisEngine engine = createEngine(ActorAnnotator.class);
        JCas jcas = JCasFactory.createText("Britain, France and Germany said the three governments agreed.", "en");

        engine.process(jcas);

        assertThat(actors(jcas))
                .containsExactly(
                        "[0,7]STATE/NAME/GB (Britain)",
                        "[9,15]STATE/NAME/FR (France)",
                        "[20,27]STATE/NAME/DE (Germany)",
                        "[37,54]STATE/GROUP/GB,FR,DE (three governments)");
    }

    private static JCas run(String text, String date) throws Exception {
        AnalysisEngine engine = createEngine(
                ActorAnnotator.class,
                ActorAnnotator.RES_REGISTRY,
                createSharedResourceDescription(
                        ActorAnnotatorTest.class.getResource("/org/corpusqa/registry/actors.yml"),
                        ActorRegistryResource.class));
        JCas jcas = JCasFactory.createText(text, "en");
        DocumentInfo info = new DocumentInfo(jcas, 0, text.length());
        info.setDate(date);
        info.addToIndexes();
        engine.process(jcas);
        return jcas;
    }

    private static List<String> actors(JCas jcas) {
        return JCasUtil.select(jcas, Actor.class).stream()
                .map(a -> "[" + a.getBegin() + "," + a.getEnd() + "]" + a.getKind() + "/" + a.getMentionType() + "/"
                        + a.getEntityId() + " (" + a.getCoveredText() + ")")
                .collect(Collectors.toList());
    }
}
