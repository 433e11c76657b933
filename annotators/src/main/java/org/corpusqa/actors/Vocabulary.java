package org.corpusqa.actors;

import java.util.LinkedHashSet;
import java.util.Set;
import org.corpusqa.actors.ActorLexicon.Words;
import org.corpusqa.text.WordTable;

/**
 * The words the actor rules ask about for every token, with what they know of each as bits: the
 * lexicon lists a word is on ({@link ActorLexicon#bit}) and whether an office wording starts with
 * it ({@link #OFFICE_START}). {@link Tokens} looks every token up here once, where it stands in
 * the folded text, so that no rule hashes a token again to ask a set about it; a word that is not
 * here is on no list and starts no wording.
 */
final class Vocabulary {
    /** The bit of words that start an office wording ({@link Offices#startsWording}). */
    static final int OFFICE_START = 1 << Words.values().length;

    private static final Vocabulary INSTANCE = new Vocabulary(ActorLexicon.get(), Offices.get());

    private final WordTable words;
    private final int[] facts;

    private Vocabulary(ActorLexicon lexicon, Offices offices) {
        Set<String> all = new LinkedHashSet<>(lexicon.listedWords());
        all.addAll(offices.firstWords());
        this.words = new WordTable(all);
        this.facts = new int[words.size()];
        for (int id = 0; id < facts.length; id++) {
            String word = words.word(id);
            facts[id] = lexicon.membership(word) | (offices.startsWording(word) ? OFFICE_START : 0);
        }
    }

    static Vocabulary get() {
        return INSTANCE;
    }

    /** The number of the word {@code folded[begin, end)}, or -1 when the rules know nothing of it. */
    int find(char[] folded, int begin, int end) {
        return words.find(folded, begin, end);
    }

    /** The word numbered {@code id}. */
    String word(int id) {
        return words.word(id);
    }

    /** What the rules know of the word numbered {@code id}, as bits. */
    int facts(int id) {
        return facts[id];
    }
}
