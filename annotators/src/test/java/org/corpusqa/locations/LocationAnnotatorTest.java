package org.corpusqa.locations;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.corpusqa.type.Actor;
import org.corpusqa.type.Finding;
import org.corpusqa.type.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationAnnotatorTest {

    /** Each Location as {@code [begin,end]text(kind,placeId,CC)}. */
    private static List<String> locations(JCas jcas) {
        return JCasUtil.select(jcas, Location.class).stream()
                .map(l -> "[" + l.getBegin() + "," + l.getEnd() + "]" + l.getCoveredText() + "(" + l.getPlaceKind()
                        + "," + l.getPlaceId() + "," + l.getCountryCode() + ")")
                .toList();
    }

    private static JCas run(String text, Object... parameters) throws Exception {
        JCas jcas = JCasFactory.createText(text, "en");
        AnalysisEngine engine = createEngine(LocationAnnotator.class, parameters);
        engine.process(jcas);
        return jcas;
    }

    @Test
    void annotatesPlacesWithGazetteerIdsAndCoordinates() throws Exception {
        JCas jcas = run("Turkish troops entered Syria’s Idlib province.");
        assertThat(locations(jcas)).containsExactly("[23,28]Syria(COUNTRY,163843,SY)", "[31,36]Idlib(ADMIN,169387,SY)");
        Location idlib = JCasUtil.select(jcas, Location.class).stream()
                .skip(1)
                .findFirst()
                .orElseThrow();
        assertThat(idlib.getLatitude()).isEqualTo(35.9306);
        assertThat(idlib.getLongitude()).isEqualTo(36.6339);
        assertThat(idlib.getCandidates()).isEmpty();
    }

    @Test
    void leavesNamesTheActorAnnotatorTookAlone() throws Exception {
        JCas jcas = JCasFactory.createText("Ankara warned Damascus over Idlib.", "en");
        Actor ankara = new Actor(jcas, 0, 6);
        ankara.setKind("STATE");
        ankara.setEntityId("TR");
        ankara.addToIndexes();
        new Actor(jcas, 14, 22).addToIndexes();
        createEngine(LocationAnnotator.class).process(jcas);
        assertThat(locations(jcas)).containsExactly("[28,33]Idlib(CITY,169389,SY)");
    }

    @Test
    void actorStatesFavourPlacesInTheirCountries() throws Exception {
        JCas jcas = JCasFactory.createText("Islamabad said protests spread to Hyderabad.", "en");
        Actor islamabad = new Actor(jcas, 0, 9);
        islamabad.setKind("STATE");
        islamabad.setEntityId("PK");
        islamabad.addToIndexes();
        createEngine(LocationAnnotator.class).process(jcas);
        assertThat(locations(jcas)).singleElement().asString().endsWith(",PK)");
    }

    @Test
    void unknownPlacesGetAnEmptyPlaceId() throws Exception {
        JCas jcas = run("Rebels took the town of Kafr Nabl.");
        assertThat(locations(jcas)).containsExactly("[24,33]Kafr Nabl(CITY,,)");
        Location kafrNabl = JCasUtil.select(jcas, Location.class).iterator().next();
        assertThat(kafrNabl.getLatitude()).isNaN();
    }

    @Test
    void ambiguousNamesGetCandidatesAndAFindingWhereTheChoiceWasClose() throws Exception {
        JCas jcas = run("Floods hit Hyderabad. Hyderabad was cut off.");
        // The second mention follows the first (one sense per document), so it is no longer close.
        assertThat(JCasUtil.select(jcas, Location.class))
                .extracting(Location::getCandidates)
                .containsExactly("1176734:Hyderabad:PK", "");
        List<Finding> findings = List.copyOf(JCasUtil.select(jcas, Finding.class));
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.getRuleId()).isEqualTo("ambiguous-location");
        assertThat(finding.getCategory()).isEqualTo("reference");
        assertThat(finding.getSeverity()).isEqualTo("info");
        assertThat(finding.getCoveredText()).isEqualTo("Hyderabad");
        assertThat(finding.getMessage()).contains("Hyderabad, city in IN", "Hyderabad, city in PK");
        assertThat(finding.getHint()).contains("Hyderabad, India", LocationAnnotator.PARAM_PROJECT_GAZETTEER);
    }

    @Test
    void projectGazetteerOverridesTheEmbeddedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("places.yml");
        Files.writeString(
                file, "- {id: camp-7, name: Camp Seven, aliases: [Hyderabad], kind: OTHER, lat: 10, lon: 20}\n");
        JCas jcas = run(
                "Floods hit Hyderabad near Camp Seven.", LocationAnnotator.PARAM_PROJECT_GAZETTEER, file.toString());
        assertThat(locations(jcas))
                .containsExactly("[11,20]Hyderabad(OTHER,camp-7,)", "[26,36]Camp Seven(OTHER,camp-7,)");
        assertThat(JCasUtil.select(jcas, Finding.class)).isEmpty();
    }

    @Test
    void malformedProjectGazetteerFailsInitialisationNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, "- {id: x, name: X, kind: CITY, country: SY, lat: 100, lon: 2}\n");
        assertThatThrownBy(() -> createEngine(
                        LocationAnnotator.class, LocationAnnotator.PARAM_PROJECT_GAZETTEER, file.toString()))
                .isInstanceOf(ResourceInitializationException.class)
                .hasStackTraceContaining("bad.yml:1: 'lat' must lie between");
    }
}
