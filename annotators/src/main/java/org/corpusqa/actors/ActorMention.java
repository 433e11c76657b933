package org.corpusqa.actors;

/**
 * An actor mention found in a text, as the {@code Actor} annotation will carry it.
 *
 * @param begin offset of the first char
 * @param end offset after the last char
 * @param kind PERSON, ORGANIZATION or STATE
 * @param mentionType NAME, TITLE, METONYM or GROUP
 * @param entityId registry id or ISO code; several joined with ',' for a GROUP; "" when unresolved
 * @param matchRule which alias or rule produced it
 */
public record ActorMention(int begin, int end, String kind, String mentionType, String entityId, String matchRule) {}
