package org.corpusqa.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds records for tests from the gold notation {@code k=v;k=v}. */
final class Records {

    private Records() {}

    static AnnotationRecord record(String type, String text, int begin, int end, String attributes) {
        return new AnnotationRecord(type, begin, end, text.substring(begin, end), attributes(attributes));
    }

    static AnnotationRecord record(String type, int begin, int end, String attributes) {
        return new AnnotationRecord(type, begin, end, "x".repeat(end - begin), attributes(attributes));
    }

    static Map<String, String> attributes(String pairs) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String pair : pairs.split(";")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                attributes.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return attributes;
    }
}
