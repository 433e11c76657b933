package org.corpusqa.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameAutomatonTest {

    @Test
    void findsOverlappingAndNestedKeywords() {
        Map<String, String> keywords = new LinkedHashMap<>();
        keywords.put("he", "he");
        keywords.put("she", "she");
        keywords.put("his", "his");
        keywords.put("hers", "hers");
        NameAutomaton<String> automaton = new NameAutomaton<>(keywords);

        assertThat(automaton.find("ushers"))
                .extracting(h -> h.begin() + "-" + h.end() + ":" + h.value())
                .containsExactlyInAnyOrder("1-4:she", "2-4:he", "2-6:hers");
    }

    @Test
    void followsFailureLinksAcrossWords() {
        Map<String, Integer> keywords = Map.of("moscow", 1, "russia's foreign ministry", 2, "russia", 3);
        NameAutomaton<Integer> automaton = new NameAutomaton<>(keywords);

        assertThat(automaton.find("russia's foreign minister and moscow"))
                .extracting(NameAutomaton.Hit::value)
                .containsExactly(3, 1);
    }

    @Test
    void findsNothingInAnEmptyAutomaton() {
        assertThat(new NameAutomaton<String>(Map.of()).find("anything")).isEmpty();
    }
}
