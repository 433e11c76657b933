package org.corpusqa.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.corpusqa.type.DocumentInfo;
import org.corpusqa.type.Numeral;
import org.junit.jupiter.api.Test;

class NumberAnnotatorTest {
    private static List<String> numerals(JCas jcas) {
        return JCasUtil.select(jcas, Numeral.class).stream()
                .map(n -> "[" + n.getBegin() + "," + n.getEnd() + "] " + n.getNumberKind() + " " + n.getValue()
                        + (Double.isNaN(n.getUpperValue()) ? "" : ".." + n.getUpperValue())
                        + " " + n.getQualifier() + " '" + n.getNormalized() + "' (" + n.getCoveredText() + ")")
                .toList();
    }

    @Test
    void annotatesNumbersWithAllTheirFeatures() throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(NumberAnnotator.class);
        JCas jcas = JCasFactory.createText(
                "Turkey has 12 posts; more than $3.6 million and hundreds of thousands fled since 2012.", "en");

        engine.process(jcas);

        assertThat(numerals(jcas))
                .containsExactly(
                        "[11,13] CARDINAL 12.0 EXACT '' (12)",
                        "[31,43] MONEY 3600000.0 AT_LEAST 'USD' ($3.6 million)",
                        "[48,69] CARDINAL 200000.0..999999.0 APPROXIMATE '' (hundreds of thousands)",
                        "[81,85] YEAR 2012.0 EXACT '' (2012)");
    }

    @Test
    void takesTheYearOfADateFromDocumentInfo() throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(NumberAnnotator.class);
        JCas jcas = JCasFactory.createText("The Kremlin said on Feb. 11 that attacks must stop.", "en");
        DocumentInfo info = new DocumentInfo(jcas, 0, jcas.getDocumentText().length());
        info.setDate("2020-02");
        info.addToIndexes();

        engine.process(jcas);

        assertThat(numerals(jcas)).containsExactly("[20,27] DATE 11.0 EXACT '2020-02-11' (Feb. 11)");
    }

    @Test
    void leavesTheDateYearOpenWithoutDocumentInfo() throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(NumberAnnotator.class);
        JCas jcas = JCasFactory.createText("Since April 28, a total of 18 hospitals were hit.", "en");

        engine.process(jcas);

        assertThat(numerals(jcas))
                .containsExactly("[6,14] DATE 28.0 EXACT '' (April 28)", "[27,29] CARDINAL 18.0 EXACT '' (18)");
    }

    @Test
    void addsNothingWhereThereIsNoNumber() throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(NumberAnnotator.class);
        JCas jcas = JCasFactory.createText(
                "He called the area one of the last hotbeds of terrorism by the end of February.", "en");

        engine.process(jcas);

        assertThat(JCasUtil.select(jcas, Numeral.class)).isEmpty();
    }
}
