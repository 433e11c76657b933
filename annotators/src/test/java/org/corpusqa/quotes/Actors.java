package org.corpusqa.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper that plays the ActorAnnotator: marks every occurrence of a name as a mention, and
 * renders analysis results as one readable line per quote.
 */
final class Actors {
    private final String text;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, String> genders = new HashMap<>();

    private Actors(String text) {
        this.text = text;
    }

    static Actors in(String text) {
        return new Actors(text);
    }

    /** A male person. */
    Actors man(String name, String id) {
        genders.put(id, "male");
        return mark(name, id, "PERSON", "NAME");
    }

    /** A female person. */
    Actors woman(String name, String id) {
        genders.put(id, "female");
        return mark(name, id, "PERSON", "NAME");
    }

    Actors person(String name, String id) {
        return mark(name, id, "PERSON", "NAME");
    }

    Actors org(String name, String id) {
        return mark(name, id, "ORGANIZATION", "NAME");
    }

    Actors state(String name, String id) {
        return mark(name, id, "STATE", "NAME");
    }

    /** Marks every occurrence of {@code name} that does not overlap a mention marked before. */
    Actors mark(String name, String id, String kind, String type) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int begin = at;
            int end = at + name.length();
            if (mentions.stream().noneMatch(m -> m.begin() < end && m.end() > begin)) {
                mentions.add(new Mention(begin, end, kind, type, id));
            }
        }
        return this;
    }

    String text() {
        return text;
    }

    QuoteAnalysis analyze() {
        return new QuoteAnalyzer(id -> genders.getOrDefault(id, "")).analyze(text, mentions);
    }

    /** {@code KIND «quote» ← speaker[ids] rule}, one line per quote. */
    List<String> quotes() {
        return analyze().quotes().stream().map(this::render).toList();
    }

    private String render(FoundQuote quote) {
        QuoteSpan span = quote.span();
        Attribution attribution = quote.attribution();
        String speaker = attribution.speaker() == null
                ? "-"
                : text.substring(
                        attribution.speaker().begin(), attribution.speaker().end());
        return quote.kind() + " " + text.substring(span.begin(), span.end()) + " <- " + speaker + "["
                + attribution.speakerId() + "] " + attribution.rule();
    }
}
