package org.corpusqa.eval;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.UIMAException;
import org.apache.uima.cas.CASRuntimeException;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.CasLoadMode;
import org.corpusqa.type.Actor;
import org.corpusqa.type.Location;
import org.corpusqa.type.Numeral;
import org.corpusqa.type.Quote;

/**
 * Turns the corpusqa annotations of a CAS into {@link AnnotationRecord}s with the attribute
 * names of the gold TSV, so that system output, gold reviewed in INCEpTION or the CAS Editor
 * (XMI) and gold TSV files all meet the evaluator in one form.
 *
 * <ul>
 *   <li>{@code Actor}: kind, mentionType, entityId.
 *   <li>{@code Location}: placeKind, placeId, countryCode, lat, lon.
 *   <li>{@code Number} (from {@code Numeral}): numberKind, value, upperValue (omitted when NaN),
 *       qualifier, normalized.
 *   <li>{@code Quote}: quoteKind, speakerBegin, speakerEnd (from the speaker Actor), speakerId.
 * </ul>
 *
 * Null and empty strings are omitted, which the evaluator reads as "not set". Numbers are
 * written in plain decimal notation ({@code 3600000}, not {@code 3.6E6}).
 */
public final class CasRecords {

    private static final Comparator<AnnotationRecord> BY_BEGIN_LONGER_FIRST = Comparator.comparingInt(
                    AnnotationRecord::begin)
            .thenComparing(Comparator.comparingInt(AnnotationRecord::end).reversed());

    private static TypeSystemDescription typeSystem;

    private CasRecords() {}

    /** The Actor, Location, Numeral and Quote annotations of the CAS, sorted by begin (longer first). */
    public static List<AnnotationRecord> fromJCas(JCas jcas) {
        List<AnnotationRecord> records = new ArrayList<>();
        for (Actor actor : JCasUtil.select(jcas, Actor.class)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            put(attributes, "kind", actor.getKind());
            put(attributes, "mentionType", actor.getMentionType());
            put(attributes, "entityId", actor.getEntityId());
            records.add(record(AnnotationRecord.ACTOR, actor, attributes));
        }
        for (Location location : JCasUtil.select(jcas, Location.class)) {
            records.add(record(AnnotationRecord.LOCATION, location, locationAttributes(location)));
        }
        for (Numeral numeral : JCasUtil.select(jcas, Numeral.class)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            put(attributes, "numberKind", numeral.getNumberKind());
            put(attributes, "value", number(numeral.getValue()));
            put(attributes, "upperValue", number(numeral.getUpperValue()));
            put(attributes, "qualifier", numeral.getQualifier());
            put(attributes, "normalized", numeral.getNormalized());
            records.add(record(AnnotationRecord.NUMBER, numeral, attributes));
        }
        for (Quote quote : JCasUtil.select(jcas, Quote.class)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            put(attributes, "quoteKind", quote.getQuoteKind());
            Actor speaker = quote.getSpeaker();
            if (speaker != null) {
                put(attributes, "speakerBegin", Integer.toString(speaker.getBegin()));
                put(attributes, "speakerEnd", Integer.toString(speaker.getEnd()));
            }
            put(attributes, "speakerId", quote.getSpeakerId());
            records.add(record(AnnotationRecord.QUOTE, quote, attributes));
        }
        records.sort(BY_BEGIN_LONGER_FIRST);
        return records;
    }

    /**
     * Reads a gold XMI (e.g. exported from INCEpTION or saved by the CAS Editor) and converts
     * its annotations. Loaded leniently: types the corpusqa type system does not know, such as
     * an editor's tokens or sentences, are skipped instead of failing the load.
     */
    public static List<AnnotationRecord> readXmi(Path xmi) throws IOException {
        JCas jcas;
        try {
            jcas = JCasFactory.createJCas(typeSystem());
        } catch (UIMAException e) {
            throw new GoldException("Cannot create a CAS to read " + xmi + ": " + e.getMessage(), e);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(xmi))) {
            CasIOUtils.load(in, null, jcas.getCas(), CasLoadMode.LENIENT);
        } catch (IOException | CASRuntimeException e) {
            throw new GoldException("Cannot read gold XMI " + xmi + ": " + e.getMessage(), e);
        }
        return fromJCas(jcas);
    }

    /** Reading the type system descriptors is slow; once per JVM is enough. */
    private static synchronized TypeSystemDescription typeSystem() throws UIMAException {
        if (typeSystem == null) {
            typeSystem = TypeSystemDescriptionFactory.createTypeSystemDescription();
        }
        return typeSystem;
    }

    /**
     * Double features default to 0, so an unresolved Location carries (0, 0); coordinates are
     * only reported for a resolved place or when they are not that default.
     */
    private static Map<String, String> locationAttributes(Location location) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "placeKind", location.getPlaceKind());
        put(attributes, "placeId", location.getPlaceId());
        put(attributes, "countryCode", location.getCountryCode());
        boolean resolved =
                location.getPlaceId() != null && !location.getPlaceId().isEmpty();
        double lat = location.getLatitude();
        double lon = location.getLongitude();
        if (resolved || lat != 0.0 || lon != 0.0) {
            put(attributes, "lat", number(lat));
            put(attributes, "lon", number(lon));
        }
        return attributes;
    }

    private static AnnotationRecord record(String type, Annotation annotation, Map<String, String> attributes) {
        return new AnnotationRecord(
                type, annotation.getBegin(), annotation.getEnd(), annotation.getCoveredText(), attributes);
    }

    private static void put(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isEmpty()) {
            attributes.put(name, value);
        }
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        if (Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
