package org.corpusqa.quotes;

/**
 * An actor mention as the quote rules see it: the CAS-free view of an {@code Actor} annotation,
 * or a pronoun speaker that the rules add.
 *
 * @param begin begin offset
 * @param end end offset
 * @param kind PERSON, ORGANIZATION or STATE
 * @param mentionType NAME, TITLE, PRONOUN, METONYM or GROUP
 * @param entityId registry id(s), ',' separated; empty when unresolved
 */
public record Mention(int begin, int end, String kind, String mentionType, String entityId) {
    public Mention {
        kind = kind == null ? "" : kind;
        mentionType = mentionType == null ? "" : mentionType;
        entityId = entityId == null ? "" : entityId;
    }

    /** Whether the mention stands for several actors (a GROUP, or a mention with several ids). */
    public boolean plural() {
        return mentionType.equals("GROUP") || entityId.indexOf(',') >= 0;
    }
}
