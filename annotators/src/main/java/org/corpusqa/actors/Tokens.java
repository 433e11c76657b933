package org.corpusqa.actors;

import java.util.Arrays;
import java.util.Set;
import org.corpusqa.text.CharClass;
import org.corpusqa.text.TextFolding;

/**
 * The words and punctuation of a text with their offsets, for the context rules that decide what
 * a name means ("in Syria", "Moscow said", "Turkey's foreign minister").
 *
 * <p>A word is a run of letters, digits and combining marks; every other non-space char is a
 * token of its own, so {@code Turkey-backed} is {@code Turkey}, {@code -}, {@code backed} and
 * {@code Russia’s} is {@code Russia}, {@code '}, {@code s}. Tokens carry the folded form
 * ({@link TextFolding}), so rules compare against plain lower-case words.
 */
final class Tokens {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sen", "rep", "gov", "st", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "prof", "capt", "maj", "adm", "sgt");
    private static final int LONGEST_ABBREVIATION =
            ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /** The one-char strings of ASCII, for punctuation tokens. */
    private static final String[] ASCII = ascii();

    private final String text;
    private final String folded;
    private final char[] foldedChars;
    private final Token[] tokens;
    private final int[] begins;
    /** Per token, what the {@link Vocabulary} knows of its word, as bits. */
    private final int[] facts;

    /** One token; {@code folded} is its folded text. */
    record Token(
            int begin,
            int end,
            String folded,
            boolean word,
            boolean capitalised,
            boolean upper,
            boolean lineStart,
            boolean sentenceStart) {}

    private Tokens(String text, char[] foldedChars, Token[] tokens, int[] facts) {
        this.text = text;
        this.folded = new String(foldedChars);
        this.foldedChars = foldedChars;
        this.tokens = tokens;
        this.facts = facts;
        this.begins = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            begins[i] = tokens[i].begin();
        }
    }

    /**
     * The tokens of a text. Each is looked up in the {@link Vocabulary} where it stands in the
     * folded chars: a word the rules know gets the vocabulary's own string and its facts at once,
     * and only other words are cut out of the text.
     */
    static Tokens of(String text) {
        char[] chars = text.toCharArray();
        char[] foldedChars = TextFolding.foldChars(text);
        Vocabulary vocabulary = Vocabulary.get();
        Token[] tokens = new Token[chars.length / 4 + 16];
        int[] facts = new int[tokens.length];
        int count = 0;
        int i = 0;
        int n = chars.length;
        boolean newline = true;
        while (i < n) {
            char c = chars[i];
            if (Character.isWhitespace(c) || c == '\u00A0') {
                newline |= c == '\n' || c == '\r';
                i++;
                continue;
            }
            int start = i;
            boolean word = isWordChar(c);
            if (word) {
                while (i < n && isWordChar(chars[i])) {
                    i++;
                }
            } else {
                i++;
            }
            if (count == tokens.length) {
                tokens = Arrays.copyOf(tokens, 2 * count);
                facts = Arrays.copyOf(facts, 2 * count);
            }
            int id = vocabulary.find(foldedChars, start, i);
            String form = id >= 0 ? vocabulary.word(id) : cut(foldedChars, start, i);
            facts[count] = id >= 0 ? vocabulary.facts(id) : 0;
            boolean capitalised = word && CharClass.isUpperCase(chars[start]);
            boolean upper = word && isUpper(chars, start, i);
            boolean sentenceStart = newline || startsSentence(tokens, count);
            tokens[count++] = new Token(start, i, form, word, capitalised, upper, newline, sentenceStart);
            newline = false;
        }
        return new Tokens(text, foldedChars, Arrays.copyOf(tokens, count), Arrays.copyOf(facts, count));
    }

    private static String cut(char[] folded, int begin, int end) {
        if (end == begin + 1 && folded[begin] < ASCII.length) {
            return ASCII[folded[begin]];
        }
        return new String(folded, begin, end - begin);
    }

    private static String[] ascii() {
        String[] strings = new String[128];
        for (char c = 0; c < strings.length; c++) {
            strings[c] = String.valueOf(c);
        }
        return strings;
    }

    /** Whether a token after the first {@code count} of {@code before} starts a sentence. */
    private static boolean startsSentence(Token[] before, int count) {
        int last = count - 1;
        if (last < 0) {
            return true;
        }
        Token previous = before[last];
        String p = previous.folded();
        if (isOpeningQuote(p)) {
            return previous.sentenceStart();
        }
        if (p.equals("!") || p.equals("?") || p.equals(":") || p.equals(";")) {
            return true;
        }
        if (p.equals(".")) {
            if (last == 0) {
                return true;
            }
            Token word = before[last - 1];
            return !(word.word() && (word.end() - word.begin() == 1 || isAbbreviation(word.folded())));
        }
        return false;
    }

    /** Whether a folded word is an abbreviation; the length test saves most words a lookup. */
    private static boolean isAbbreviation(String folded) {
        return folded.length() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(folded);
    }

    private static boolean isOpeningQuote(String s) {
        return s.equals("\"") || s.equals("“") || s.equals("'") || s.equals("«");
    }

    /** What the actor tokenizer joins into a word; the actor dictionary's trie uses the same. */
    static boolean isWordChar(char c) {
        return CharClass.isLetterDigitOrMark(c);
    }

    private static boolean isUpper(char[] text, int begin, int end) {
        int letters = 0;
        for (int i = begin; i < end; i++) {
            char c = text[i];
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (CharClass.isLetter(c)) {
                letters++;
            }
        }
        return letters > 0;
    }

    /** Whether the text between the offsets has two letters or more and no lower-case one. */
    boolean isUpperSpan(int begin, int end) {
        return isUpperForm(text.substring(begin, end));
    }

    /** Whether a form has two letters or more and no lower-case one ({@code NASA}, {@code U.S.}). */
    static boolean isUpperForm(String form) {
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (CharClass.isLetter(c)) {
                letters++;
            }
        }
        return letters > 1;
    }

    /**
     * Whether a word right before or after tokens {@code first..last} on the same line is in
     * capitals too, as in a headline or dateline written in capitals.
     */
    boolean isUpperRun(int first, int last) {
        int before = first - 1;
        while (valid(before) && !isWord(before) && !tokens[before + 1].lineStart()) {
            before--;
        }
        int after = last + 1;
        while (valid(after) && !isWord(after) && !tokens[after].lineStart()) {
            after++;
        }
        boolean beforeUpper = valid(before) && !tokens[first].lineStart() && isUpperWord(before);
        boolean afterUpper = valid(after) && !tokens[after].lineStart() && isUpperWord(after);
        return beforeUpper || afterUpper;
    }

    private boolean isUpperWord(int i) {
        return isWord(i) && tokens[i].upper() && tokens[i].end() - tokens[i].begin() > 1;
    }

    String text() {
        return text;
    }

    String folded() {
        return folded;
    }

    /** The chars of {@link #folded}, for scans over the whole text; not to be changed. */
    char[] foldedChars() {
        return foldedChars;
    }

    int size() {
        return tokens.length;
    }

    Token get(int i) {
        return tokens[i];
    }

    boolean valid(int i) {
        return i >= 0 && i < tokens.length;
    }

    /** What the {@link Vocabulary} knows of the word of token {@code i}, as bits. */
    int facts(int i) {
        return facts[i];
    }

    /** The folded text of token {@code i}, or "" outside the text. */
    String word(int i) {
        return valid(i) ? tokens[i].folded() : "";
    }

    boolean isWord(int i) {
        return valid(i) && tokens[i].word();
    }

    boolean isCapitalisedWord(int i) {
        return valid(i) && tokens[i].capitalised();
    }

    /** Whether token {@code i} is a lower-case word. */
    boolean isLowerWord(int i) {
        return isWord(i) && !tokens[i].capitalised() && CharClass.isLetter(text.charAt(tokens[i].begin()));
    }

    /** Whether there is no space between tokens {@code i} and {@code i + 1}. */
    boolean joined(int i) {
        return valid(i) && valid(i + 1) && tokens[i].end() == tokens[i + 1].begin();
    }

    /** Index of the token that starts at {@code offset}, or -1. */
    int startingAt(int offset) {
        int index = Arrays.binarySearch(begins, offset);
        return index >= 0 ? index : -1;
    }

    /** Index of the last token that ends at or before {@code offset}. */
    int endingAt(int offset) {
        int index = Arrays.binarySearch(begins, offset);
        int next = index >= 0 ? index : -index - 1;
        int i = next - 1;
        while (i >= 0 && tokens[i].end() > offset) {
            i--;
        }
        return i;
    }

    /**
     * Token count of a possessive ending right after token {@code i}: 2 for {@code 's}/{@code ’s}
     * and 1 for a bare apostrophe after a name ending in s ({@code Damascus’ attacks}); 0 when none.
     */
    int possessiveLength(int i) {
        if (!joined(i) || !word(i + 1).equals("'")) {
            return 0;
        }
        if (word(i + 2).equals("s") && joined(i + 1) && !(joined(i + 2) && isWord(i + 3))) {
            return 2;
        }
        if (word(i).endsWith("s") && !joined(i + 1)) {
            return 1;
        }
        return 0;
    }
}
