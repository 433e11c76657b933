package org.corpusqa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;

/**
 * The jar's XML descriptors are what UIMA's Document Analyzer and the Eclipse tooling run: the
 * aggregate must work from its descriptor alone, without any corpusqa Java code building it.
 */
class AggregateDescriptorTest {

    @Test
    void aggregateRunsFromItsXmlDescriptorOnASeedDocument() throws Exception {
        URL descriptor = getClass().getResource("/org/corpusqa/pipeline/CorpusQaAggregate.xml");
        assertThat(descriptor).as("descriptor written at process-classes").isNotNull();
        AnalysisEngineDescription description =
                UIMAFramework.getXMLParser().parseAnalysisEngineDescription(new XMLInputSource(descriptor));
        AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(description);
        CAS cas = engine.newCAS();
        String text = new String(
                getClass()
                        .getResourceAsStream("/org/corpusqa/actors/seeds/003_f2ce2917a4387b93.txt")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        cas.setDocumentText(text);

        engine.process(cas);

        assertThat(count(cas, "org.corpusqa.type.Actor")).isGreaterThan(50);
        assertThat(count(cas, "org.corpusqa.type.Location")).isGreaterThan(20);
        assertThat(count(cas, "org.corpusqa.type.Numeral")).isGreaterThan(10);
        assertThat(count(cas, "org.corpusqa.type.Quote")).isGreaterThan(15);
        engine.destroy();
    }

    @Test
    void everyAnnotatorHasItsOwnDescriptor() {
        for (String name : new String[] {
            "actors/ActorAnnotator",
            "locations/LocationAnnotator",
            "numbers/NumberAnnotator",
            "quotes/QuoteAnnotator",
            "pipeline/UnresolvedReferenceAnnotator"
        }) {
            assertThat(getClass().getResource("/org/corpusqa/" + name + ".xml"))
                    .as(name)
                    .isNotNull();
        }
    }

    private static int count(CAS cas, String typeName) {
        Type type = cas.getTypeSystem().getType(typeName);
        return cas.getAnnotationIndex(type).size();
    }
}
