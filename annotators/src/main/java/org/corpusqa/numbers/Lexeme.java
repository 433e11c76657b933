package org.corpusqa.numbers;

import static org.corpusqa.numbers.NumberLexicon.CURRENCY_CODES;
import static org.corpusqa.numbers.NumberLexicon.DENOMINATORS;
import static org.corpusqa.numbers.NumberLexicon.MONTHS;
import static org.corpusqa.numbers.NumberLexicon.SCALE_ABBREVIATIONS;
import static org.corpusqa.numbers.NumberLexicon.SCALE_ORDINALS;
import static org.corpusqa.numbers.NumberLexicon.SCALE_WORDS;
import static org.corpusqa.numbers.NumberLexicon.SMALL;
import static org.corpusqa.numbers.NumberLexicon.SMALL_ORDINALS;
import static org.corpusqa.numbers.NumberLexicon.TENS;
import static org.corpusqa.numbers.NumberLexicon.TENS_ORDINALS;
import static org.corpusqa.numbers.NumberLexicon.VAGUE_PLURALS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link NumberLexicon} tables that the parser asks about at every word say about one
 * word: its value as a number word, ordinal or scale, its bounds as a vague plural, its month, its
 * currency code. {@link TokenSequence} finds the lexeme of each word once, so that the readers test
 * fields instead of probing each table with the word again (those probes were half of the parse).
 *
 * <p>A field holds the table's value for the word, or a value no table holds when the word is not
 * in that table: {@code -1} for the small numbers and tens (which include 0), {@code 0} for the
 * rest, null for objects.
 */
final class Lexeme {
    /** The lexeme of a word in none of the tables, and of every token that is not a word. */
    static final Lexeme NONE = new Lexeme("");

    private static final WordIndex<Lexeme> INDEX = index();

    /** The lowercase word; {@code ""} for {@link #NONE}. */
    final String word;
    /** {@link NumberLexicon#SMALL}: 0 to 19, else -1. */
    final int small;
    /** {@link NumberLexicon#TENS}: 2 to 9, else -1. */
    final int tens;
    /** {@link NumberLexicon#SMALL_ORDINALS}: 0 to 19, else -1. */
    final int smallOrdinal;
    /** {@link NumberLexicon#TENS_ORDINALS}: 2 to 9, else -1. */
    final int tensOrdinal;
    /** {@link NumberLexicon#SCALE_WORDS}, else 0. */
    final double scale;
    /** {@link NumberLexicon#SCALE_ORDINALS}, else 0. */
    final double scaleOrdinal;
    /** {@link NumberLexicon#SCALE_ABBREVIATIONS}, else 0. */
    final double scaleAbbreviation;
    /** {@link NumberLexicon#VAGUE_PLURALS}, else null. */
    final double[] vaguePlural;
    /** {@link NumberLexicon#DENOMINATORS}, else 0. */
    final int denominator;
    /** {@link NumberLexicon#MONTHS}, else 0. */
    final int month;
    /** {@link NumberLexicon#CURRENCY_CODES}, else null. */
    final String currencyCode;

    private Lexeme(String word) {
        this.word = word;
        this.small = SMALL.getOrDefault(word, -1);
        this.tens = TENS.getOrDefault(word, -1);
        this.smallOrdinal = SMALL_ORDINALS.getOrDefault(word, -1);
        this.tensOrdinal = TENS_ORDINALS.getOrDefault(word, -1);
        this.scale = SCALE_WORDS.getOrDefault(word, 0d);
        this.scaleOrdinal = SCALE_ORDINALS.getOrDefault(word, 0d);
        this.scaleAbbreviation = SCALE_ABBREVIATIONS.getOrDefault(word, 0d);
        this.vaguePlural = VAGUE_PLURALS.get(word);
        this.denominator = DENOMINATORS.getOrDefault(word, 0);
        this.month = MONTHS.getOrDefault(word, 0);
        this.currencyCode = CURRENCY_CODES.get(word);
    }

    /** The lexeme of the word {@code text[begin, end)}, in any case; {@link #NONE} if no table has it. */
    static Lexeme of(char[] text, int begin, int end) {
        Lexeme lexeme = INDEX.get(text, begin, end);
        return lexeme == null ? NONE : lexeme;
    }

    /** Whether the word is in one of the tables. */
    boolean isKnown() {
        return this != NONE;
    }

    private static WordIndex<Lexeme> index() {
        Map<String, Lexeme> lexemes = new HashMap<>();
        for (Map<String, ?> table : List.of(
                SMALL,
                TENS,
                SMALL_ORDINALS,
                TENS_ORDINALS,
                SCALE_WORDS,
                SCALE_ORDINALS,
                SCALE_ABBREVIATIONS,
                VAGUE_PLURALS,
                DENOMINATORS,
                MONTHS,
                CURRENCY_CODES)) {
            for (String word : table.keySet()) {
                lexemes.computeIfAbsent(word, Lexeme::new);
            }
        }
        return new WordIndex<>(lexemes);
    }
}
