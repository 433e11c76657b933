package org.corpusqa.quotes;

/** The registry's gender of an actor: {@code male}, {@code female}, or empty when unknown. */
@FunctionalInterface
public interface GenderLookup {
    /** Everyone's gender is unknown: {@code he} and {@code she} both match any person. */
    GenderLookup UNKNOWN = id -> "";

    String genderOf(String entityId);
}
