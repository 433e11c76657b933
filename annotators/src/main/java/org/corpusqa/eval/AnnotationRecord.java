package org.corpusqa.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One annotation as the evaluation sees it, whether it came from a gold TSV row, a gold XMI or
 * a system CAS. Keeping the evaluator on this plain form lets it be tested without UIMA and lets
 * gold and system come from different sources.
 *
 * @param type one of {@link #TYPES}
 * @param begin begin offset (Java {@code String} index, inclusive)
 * @param end end offset (exclusive)
 * @param text the covered text as recorded by the source (gold TSV text column or CAS text)
 * @param attributes attribute name to raw value; gold values may hold alternatives {@code a|b}.
 *     Absent and empty values both mean "not set".
 */
public record AnnotationRecord(String type, int begin, int end, String text, Map<String, String> attributes) {

    public static final String ACTOR = "Actor";
    public static final String LOCATION = "Location";
    /** The evaluation name of {@code org.corpusqa.type.Numeral}, as in the guidelines. */
    public static final String NUMBER = "Number";

    public static final String QUOTE = "Quote";

    /** The evaluated types, in report order. */
    public static final List<String> TYPES = List.of(ACTOR, LOCATION, NUMBER, QUOTE);

    public AnnotationRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Invalid span [" + begin + "," + end + ") for " + type);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The raw value of an attribute, or {@code ""} when it is absent. */
    public String attribute(String name) {
        String value = attributes.get(name);
        return value == null ? "" : value;
    }

    /** The attributes as {@code k=v;k=v}, the gold TSV notation, for reports. */
    public String attributesText() {
        StringBuilder out = new StringBuilder();
        attributes.forEach((key, value) -> {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(key).append('=').append(value);
        });
        return out.toString();
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(AnnotationRecord other) {
        return begin < other.end && other.begin < end;
    }
}
