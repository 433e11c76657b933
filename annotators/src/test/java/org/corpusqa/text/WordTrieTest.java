package org.corpusqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTrieTest {

    private static List<String> hits(WordTrie<String> trie, String text) {
        List<String> hits = new ArrayList<>();
        trie.find(text, (begin, end, value) -> hits.add(begin + "-" + end + ":" + value));
        return hits;
    }

    private static WordTrie<String> trie(String... keys) {
        Map<String, String> map = new java.util.HashMap<>();
        for (String key : keys) {
            map.put(key, key);
        }
        return new WordTrie<>(map, Character::isLetterOrDigit);
    }

    @Test
    void findsOnlyWholeWords() {
        assertThat(hits(trie("an", "iran", "oman"), "iran and a woman in oman"))
                .containsExactly("0-4:iran", "20-24:oman");
    }

    @Test
    void findsNestedAndOverlappingNamesInBeginThenEndOrder() {
        assertThat(hits(trie("ras", "ras al ain", "al ain", "ain"), "ras al ain"))
                .containsExactly("0-3:ras", "0-10:ras al ain", "4-10:al ain", "7-10:ain");
    }

    @Test
    void treatsPunctuationAsBoundaries() {
        assertThat(hits(trie("syria", "idlib"), "syria's idlib-based (idlib)"))
                .containsExactly("0-5:syria", "8-13:idlib", "21-26:idlib");
    }

    @Test
    void findsKeysThatStartOrEndWithPunctuation() {
        assertThat(hits(trie("u.s.", "u.s"), "the u.s. said")).containsExactly("4-7:u.s", "4-8:u.s.");
    }

    @Test
    void followsTheGivenWordChars() {
        WordTrie<Integer> trie = new WordTrie<>(Map.of("erdog", 1), c -> Character.isLetter(c) || c == '\u0306');
        List<Integer> found = new ArrayList<>();
        trie.find("erdog\u0306an erdog", (b, e, v) -> found.add(b));

        assertThat(found).containsExactly(9);
    }

    @Test
    void findsNothingInAnEmptyTrieOrText() {
        assertThat(hits(trie(), "anything")).isEmpty();
        assertThat(hits(trie("a", ""), "")).isEmpty();
        assertThat(hits(trie("a"), "a")).containsExactly("0-1:a");
    }

    @Test
    void startsOnlyWhereTheCallerAllows() {
        String original = "oman and Oman";
        List<String> hits = new ArrayList<>();
        trie("oman", "and")
                .find(
                        original.toLowerCase(java.util.Locale.ROOT),
                        p -> Character.isUpperCase(original.charAt(p)),
                        (b, e, v) -> hits.add(b + ":" + v));

        assertThat(hits).containsExactly("9:oman");
    }

    @Test
    void listsTheHitsInTheOrderTheCallbackGetsThem() {
        WordTrie<String> trie = trie("ras", "ras al ain", "al ain", "ain");
        String text = "ras al ain, ras";

        WordTrie.Matches<String> all = trie.findAll(text.toCharArray());

        List<String> listed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            listed.add(all.begin(i) + "-" + all.end(i) + ":" + all.value(i));
        }
        assertThat(listed).isEqualTo(hits(trie, text)).hasSize(5);
    }

    @Test
    void listsHitsOnlyWhereTheCallerAllows() {
        WordTrie.Matches<String> all = trie("ras", "ain").findAll("ras al ain".toCharArray(), p -> p > 0);

        assertThat(all.size()).isEqualTo(1);
        assertThat(all.begin(0)).isEqualTo(7);
        assertThat(all.value(0)).isEqualTo("ain");
    }
}
