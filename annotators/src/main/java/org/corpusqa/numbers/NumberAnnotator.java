package org.corpusqa.numbers;

import java.util.HashSet;
import java.util.Set;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.corpusqa.type.Actor;
import org.corpusqa.type.DocumentInfo;
import org.corpusqa.type.Location;
import org.corpusqa.type.Numeral;

/**
 * Annotates every numeric expression as a {@link Numeral} (GUIDELINES: Number) with its kind,
 * value, upper bound, qualifier and normalized form. The rules live in the CAS-free {@link
 * NumberParser}; this class only feeds it the text and the document date and writes the results.
 *
 * <p>Input: the document text and, when present, the {@link DocumentInfo} annotation, whose date
 * gives a year to days written without one ({@code Feb. 11}). Without it (unit tests, bare CASes)
 * such days get an empty {@code normalized}. The countries of the {@link Location} and state
 * {@link Actor} annotations, when those annotators ran first, say which currency a generic name
 * means ({@code pesos}). Output: {@link Numeral} annotations, which never
 * overlap one another.
 */
@ResourceMetaData(
        name = "Number annotator",
        description = "Finds numeric expressions and normalises their value, bounds and qualifier.")
@TypeCapability(
        inputs = {
            "org.corpusqa.type.DocumentInfo",
            "org.corpusqa.type.DocumentInfo:date",
            "org.corpusqa.type.Location:countryCode",
            "org.corpusqa.type.Actor:kind",
            "org.corpusqa.type.Actor:entityId"
        },
        outputs = {
            "org.corpusqa.type.Numeral",
            "org.corpusqa.type.Numeral:numberKind",
            "org.corpusqa.type.Numeral:value",
            "org.corpusqa.type.Numeral:upperValue",
            "org.corpusqa.type.Numeral:qualifier",
            "org.corpusqa.type.Numeral:normalized"
        })
public class NumberAnnotator extends JCasAnnotator_ImplBase {
    private final NumberParser parser = new NumberParser();

    @Override
    public void process(JCas jcas) {
        for (NumberMention mention : parser.parse(jcas.getDocumentText(), documentDate(jcas), countries(jcas))) {
            Numeral numeral = new Numeral(jcas, mention.begin(), mention.end());
            numeral.setNumberKind(mention.kind().name());
            numeral.setValue(mention.value());
            numeral.setUpperValue(mention.upperValue());
            numeral.setQualifier(mention.qualifier().name());
            numeral.setNormalized(mention.normalized());
            numeral.addToIndexes();
        }
    }

    /**
     * The countries the document names, as places or as state actors, when the location and actor
     * annotators ran before this one: they say whose {@code pesos} an amount is in.
     */
    private static Set<String> countries(JCas jcas) {
        Set<String> countries = new HashSet<>();
        for (Location location : JCasUtil.select(jcas, Location.class)) {
            if (location.getCountryCode() != null && !location.getCountryCode().isEmpty()) {
                countries.add(location.getCountryCode());
            }
        }
        for (Actor actor : JCasUtil.select(jcas, Actor.class)) {
            if ("STATE".equals(actor.getKind()) && actor.getEntityId() != null) {
                countries.add(actor.getEntityId());
            }
        }
        return countries;
    }

    private static String documentDate(JCas jcas) {
        for (DocumentInfo info : JCasUtil.select(jcas, DocumentInfo.class)) {
            return info.getDate();
        }
        return null;
    }
}
