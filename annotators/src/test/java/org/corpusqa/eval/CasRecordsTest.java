package org.corpusqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.uima.UIMAException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasIOUtils;
import org.corpusqa.type.Actor;
import org.corpusqa.type.Location;
import org.corpusqa.type.Numeral;
import org.corpusqa.type.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasRecordsTest {

    private static final String TEXT = "Lavrov said \"hundreds of thousands\" fled Idlib and Atlantis.";

    @TempDir
    Path dir;

    private static void annotate(JCas jcas) {
        Actor lavrov = new Actor(jcas, 0, 6);
        lavrov.setKind("PERSON");
        lavrov.setMentionType("NAME");
        lavrov.setEntityId("lavrov");
        lavrov.setMatchRule("surname");
        lavrov.addToIndexes();
        Quote quote = new Quote(jcas, 12, 35);
        quote.setQuoteKind("PARTIAL");
        quote.setSpeaker(lavrov);
        quote.setSpeakerId("lavrov");
        quote.addToIndexes();
        Numeral vague = new Numeral(jcas, 13, 34);
        vague.setNumberKind("CARDINAL");
        vague.setValue(200000);
        vague.setUpperValue(999999);
        vague.setQualifier("APPROXIMATE");
        vague.addToIndexes();
        Numeral single = new Numeral(jcas, 13, 20);
        single.setNumberKind("CARDINAL");
        single.setValue(3.6e6);
        single.setUpperValue(Double.NaN);
        single.setQualifier("EXACT");
        single.setNormalized("");
        single.addToIndexes();
        Location idlib = new Location(jcas, 41, 46);
        idlib.setPlaceKind("ADMIN");
        idlib.setPlaceId("169388");
        idlib.setCountryCode("SY");
        idlib.setLatitude(35.93);
        idlib.setLongitude(36.63);
        idlib.addToIndexes();
        Location atlantis = new Location(jcas, 51, 59);
        atlantis.setPlaceKind("OTHER");
        atlantis.addToIndexes();
    }

    private static final List<AnnotationRecord> EXPECTED = List.of(
            new AnnotationRecord(
                    "Actor", 0, 6, "Lavrov", Records.attributes("kind=PERSON;mentionType=NAME;entityId=lavrov")),
            new AnnotationRecord(
                    "Quote",
                    12,
                    35,
                    "\"hundreds of thousands\"",
                    Records.attributes("quoteKind=PARTIAL;speakerBegin=0;speakerEnd=6;speakerId=lavrov")),
            new AnnotationRecord(
                    "Number",
                    13,
                    34,
                    "hundreds of thousands",
                    Records.attributes("numberKind=CARDINAL;value=200000;upperValue=999999;qualifier=APPROXIMATE")),
            new AnnotationRecord(
                    "Number",
                    13,
                    20,
                    "hundred",
                    Records.attributes("numberKind=CARDINAL;value=3600000;qualifier=EXACT")),
            new AnnotationRecord(
                    "Location",
                    41,
                    46,
                    "Idlib",
                    Records.attributes("placeKind=ADMIN;placeId=169388;countryCode=SY;lat=35.93;lon=36.63")),
            new AnnotationRecord("Location", 51, 59, "Atlantis", Records.attributes("placeKind=OTHER")));

    @Test
    void convertsCorpusQaAnnotationsToGoldAttributeNames() throws UIMAException {
        JCas jcas = JCasFactory.createText(TEXT, "en");
        annotate(jcas);

        assertThat(CasRecords.fromJCas(jcas)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void readsBackAGoldXmiWrittenWithCasIoUtils() throws UIMAException, IOException {
        JCas jcas = JCasFactory.createText(TEXT, "en");
        annotate(jcas);
        Path xmi = dir.resolve("a.xmi");
        try (OutputStream out = Files.newOutputStream(xmi)) {
            CasIOUtils.save(jcas.getCas(), out, SerialFormat.XMI);
        }

        List<AnnotationRecord> records = CasRecords.readXmi(xmi);

        assertThat(records).containsExactlyElementsOf(EXPECTED);
        assertThat(GoldLocator.readGold(xmi)).isEqualTo(records);
    }

    @Test
    void skipsTypesUnknownToCorpusQaInAnEditorsXmi() throws UIMAException, IOException {
        TypeSystemDescription withTokens = TypeSystemDescriptionFactory.createTypeSystemDescription();
        withTokens.addType("org.example.Token", "An editor's token", CAS.TYPE_NAME_ANNOTATION);
        JCas jcas = JCasFactory.createJCas(withTokens);
        jcas.setDocumentText(TEXT);
        Type token = jcas.getTypeSystem().getType("org.example.Token");
        jcas.getCas().addFsToIndexes(jcas.getCas().createAnnotation(token, 0, 6));
        new Actor(jcas, 0, 6).addToIndexes();
        Path xmi = dir.resolve("inception.xmi");
        try (OutputStream out = Files.newOutputStream(xmi)) {
            CasIOUtils.save(jcas.getCas(), out, SerialFormat.XMI);
        }

        assertThat(CasRecords.readXmi(xmi))
                .containsExactly(new AnnotationRecord("Actor", 0, 6, "Lavrov", Records.attributes("")));
    }

    @Test
    void reportsAnUnreadableXmiAsGoldException() throws IOException {
        Path xmi = dir.resolve("broken.xmi");
        Files.writeString(xmi, "<not xmi");

        assertThatThrownBy(() -> CasRecords.readXmi(xmi))
                .isInstanceOf(GoldException.class)
                .hasMessageContaining("broken.xmi");
    }
}
