package org.corpusqa.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.CasCompare;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.corpusqa.check.CheckRequest;
import org.corpusqa.pipeline.CorpusQaPipeline;
import org.corpusqa.type.Actor;
import org.corpusqa.type.Quote;
import org.junit.jupiter.api.Test;

/**
 * The XMI must read back, through UIMA's own deserialiser, into a CAS equal to the one written:
 * that is what the CAS Editor, INCEpTION and {@code evaluate} do with it.
 */
class XmiWriterTest {
    private final XmiWriter writer = new XmiWriter();

    @Test
    void annotatedSeedDocumentsReadBackEqual() throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(CorpusQaPipeline.create(CheckRequest.builder()
                .corpusDirectory(Path.of("."))
                .actorRegistry(Path.of("src/test/resources/org/corpusqa/registry/actors.yml"))
                .outputDirectory(Path.of("target"))
                .build()));
        JCas jcas = engine.newJCas();
        for (String seed : new String[] {"000_dbb2c527d554b9b9", "003_f2ce2917a4387b93", "004_ae04755d099ef5d0"}) {
            jcas.reset();
            jcas.setDocumentText(seedText(seed));
            jcas.setDocumentLanguage("en");
            engine.process(jcas);

            CAS read = readBack(write(jcas.getCas()));

            assertThat(CasCompare.compareCASes((CASImpl) jcas.getCas(), (CASImpl) read))
                    .as(seed)
                    .isTrue();
            assertThat(read.getAnnotationIndex(read.getTypeSystem().getType(Quote.class.getName()))
                            .size())
                    .isPositive();
        }
        engine.destroy();
    }

    @Test
    void textWithMarkupCharactersLineBreaksAndEmojiReadsBackExactly() throws Exception {
        String text = "Tom & \"Jerry\" <b>'x'</b>\r\n\tline two \uD83D\uDE00 caf\u00e9 \u2028 \u0085 end";
        JCas jcas = JCasFactory.createText(text, "en");

        CAS read = readBack(write(jcas.getCas()));

        assertThat(read.getDocumentText()).isEqualTo(text);
        assertThat(read.getDocumentLanguage()).isEqualTo("en");
    }

    @Test
    void referencedFeatureStructureOutsideTheIndexesIsWritten() throws Exception {
        JCas jcas = JCasFactory.createText("Merkel said: \u201cYes.\u201d", "en");
        Actor speaker = new Actor(jcas, 0, 6); // not added to the indexes
        speaker.setEntityId("merkel");
        Quote quote = new Quote(jcas, 13, 17);
        quote.setSpeaker(speaker);
        quote.addToIndexes();

        CAS read = readBack(write(jcas.getCas()));

        Type quoteType = read.getTypeSystem().getType(Quote.class.getName());
        FeatureStructure readQuote =
                read.getAnnotationIndex(quoteType).iterator().next();
        FeatureStructure readSpeaker = readQuote.getFeatureValue(quoteType.getFeatureByBaseName("speaker"));
        assertThat(readSpeaker.getStringValue(readSpeaker.getType().getFeatureByBaseName("entityId")))
                .isEqualTo("merkel");
        assertThat(read.getAnnotationIndex(read.getTypeSystem().getType(Actor.class.getName())))
                .isEmpty();
    }

    @Test
    void everyPrimitiveFeatureKindReadsBackEqual() throws Exception {
        TypeSystemDescription types = TypeSystemDescriptionFactory.createTypeSystemDescription();
        TypeDescription all = types.addType("test.kinds.AllKinds", "", CAS.TYPE_NAME_ANNOTATION);
        all.addFeature("i", "", CAS.TYPE_NAME_INTEGER);
        all.addFeature("b", "", CAS.TYPE_NAME_BOOLEAN);
        all.addFeature("y", "", CAS.TYPE_NAME_BYTE);
        all.addFeature("s", "", CAS.TYPE_NAME_SHORT);
        all.addFeature("l", "", CAS.TYPE_NAME_LONG);
        all.addFeature("f", "", CAS.TYPE_NAME_FLOAT);
        all.addFeature("d", "", CAS.TYPE_NAME_DOUBLE);
        all.addFeature("str", "", CAS.TYPE_NAME_STRING);
        CAS cas = CasCreationUtils.createCas(types, null, null);
        cas.setDocumentText("some text");
        Type type = cas.getTypeSystem().getType("test.kinds.AllKinds");
        FeatureStructure fs = cas.createAnnotation(type, 0, 4);
        fs.setIntValue(type.getFeatureByBaseName("i"), -7);
        fs.setBooleanValue(type.getFeatureByBaseName("b"), true);
        fs.setByteValue(type.getFeatureByBaseName("y"), (byte) -3);
        fs.setShortValue(type.getFeatureByBaseName("s"), (short) 300);
        fs.setLongValue(type.getFeatureByBaseName("l"), Long.MIN_VALUE);
        fs.setFloatValue(type.getFeatureByBaseName("f"), 1.5e-7f);
        fs.setDoubleValue(type.getFeatureByBaseName("d"), Math.PI);
        fs.setStringValue(type.getFeatureByBaseName("str"), "");
        cas.addFsToIndexes(fs);

        CAS read = CasCreationUtils.createCas(types, null, null);
        CasIOUtils.load(new ByteArrayInputStream(write(cas)), read);

        assertThat(CasCompare.compareCASes((CASImpl) cas, (CASImpl) read)).isTrue();
    }

    @Test
    void casWithAnArrayIsWrittenByUimasOwnSerialiser() throws Exception {
        JCas jcas = JCasFactory.createText("a b", "en");
        FSArray<Actor> array = new FSArray<>(jcas, 1);
        array.set(0, new Actor(jcas, 0, 1));
        array.addToIndexes();
        ByteArrayOutputStream uima = new ByteArrayOutputStream();
        CasIOUtils.save(jcas.getCas(), uima, SerialFormat.XMI);

        assertThat(write(jcas.getCas())).isEqualTo(uima.toByteArray());
    }

    @Test
    void controlCharacterIsAnErrorNamingItsOffsetAndWritesNothing() throws Exception {
        JCas jcas = JCasFactory.createText("ok\u0001no", "en");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> writer.write(jcas.getCas(), out))
                .isInstanceOf(IOException.class)
                .hasMessage("character U+0001 at offset 2 of Sofa.sofaString cannot be written in XML 1.0");
        assertThat(out.size()).isZero();
    }

    @Test
    void unpairedSurrogateIsAnError() throws Exception {
        JCas jcas = JCasFactory.createText("ab\uD800c", "en");

        assertThatThrownBy(() -> write(jcas.getCas())).hasMessageContaining("U+D800 at offset 2");
    }

    @Test
    void writerIsReusableAcrossDocuments() throws Exception {
        JCas jcas = JCasFactory.createText("first & longer text", "en");
        write(jcas.getCas());
        jcas.reset();
        jcas.setDocumentText("second");

        assertThat(readBack(write(jcas.getCas())).getDocumentText()).isEqualTo("second");
    }

    private byte[] write(CAS cas) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(cas, out);
        return out.toByteArray();
    }

    private static CAS readBack(byte[] xmi) throws Exception {
        CAS cas = JCasFactory.createJCas().getCas();
        CasIOUtils.load(new ByteArrayInputStream(xmi), cas);
        return cas;
    }

    private static String seedText(String name) throws IOException {
        try (var in = XmiWriterTest.class.getResourceAsStream("/org/corpusqa/actors/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
