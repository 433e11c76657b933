package org.corpusqa.quotes;

import java.util.Arrays;
import java.util.List;

/**
 * Paragraphs, sentences, tokens and top-level quotes of one document: the frame the quote rules
 * read the text in.
 *
 * <p>A paragraph is a non-blank line. Sentences split after {@code .?!} before a capitalised word
 * or an opening quote, except after abbreviations ({@code Feb.}, {@code Mr.}) and initials.
 * Quotes are opaque: a sentence does not end inside one, but it ends with a quote whose words end
 * in a full stop, {@code ?} or {@code !} ({@code … since 2012." Regime forces …}), unless the
 * quote opened its sentence and its attribution follows ({@code "Why?" he asked}, {@code "We
 * won." Smith said}).
 */
final class Layout {
    /** Tokens a rule looks back or ahead at most. */
    static final int WINDOW = 150;

    private final String text;
    private final Tokens tokens;
    private final List<QuoteSpan> quotes;
    private final int[] quoteBegins;
    /** For each token, the top-level quote that holds its first char, or -1: see {@link #quoteOfToken(int)}. */
    private final int[] tokenQuotes;

    private final IntList paragraphStarts = new IntList();
    private final IntList paragraphEnds = new IntList();
    private final IntList sentenceStarts = new IntList();
    private final IntList sentenceEnds = new IntList();
    private final IntList sentenceParagraphs = new IntList();

    Layout(String text, List<QuoteSpan> topLevelQuotes) {
        this.text = text;
        this.tokens = new Tokens(text);
        this.quotes = List.copyOf(topLevelQuotes);
        this.quoteBegins = quotes.stream().mapToInt(QuoteSpan::begin).toArray();
        this.tokenQuotes = tokenQuotes();
        findParagraphs();
        for (int p = 0; p < paragraphStarts.size(); p++) {
            splitSentences(p);
        }
    }

    String text() {
        return text;
    }

    Tokens tokens() {
        return tokens;
    }

    List<QuoteSpan> quotes() {
        return quotes;
    }

    /** Index of the top-level quote whose span contains the offset, or -1. */
    int quoteAt(int offset) {
        int index = Arrays.binarySearch(quoteBegins, offset);
        index = index >= 0 ? index : -index - 2;
        return index >= 0 && quotes.get(index).contains(offset) ? index : -1;
    }

    /**
     * Index of the top-level quote whose span contains the token's first char, or -1: {@link
     * #quoteAt(int)} of its begin. The rules ask this of nearly every token they read, so it is
     * found for all tokens in one pass instead of by a binary search each time.
     */
    int quoteOfToken(int token) {
        return tokenQuotes[token];
    }

    /** Whether the token's first char lies inside a top-level quote. */
    boolean insideQuoteToken(int token) {
        return tokenQuotes[token] >= 0;
    }

    /** Index of the top-level quote that opens at the token, or -1. */
    int quoteOpeningAt(int token) {
        if (token < 0 || token >= tokens.size()) {
            return -1;
        }
        int index = tokenQuotes[token];
        return index >= 0 && quoteBegins[index] == tokens.begin(token) ? index : -1;
    }

    boolean insideQuote(int offset) {
        return quoteAt(offset) >= 0;
    }

    /** Walks tokens and quotes together, both in text order; top-level quotes do not overlap. */
    private int[] tokenQuotes() {
        int[] result = new int[tokens.size()];
        int q = -1;
        for (int t = 0; t < result.length; t++) {
            int offset = tokens.begin(t);
            while (q + 1 < quoteBegins.length && quoteBegins[q + 1] <= offset) {
                q++;
            }
            result[t] = q >= 0 && quotes.get(q).contains(offset) ? q : -1;
        }
        return result;
    }

    int sentenceCount() {
        return sentenceStarts.size();
    }

    /** Index of the sentence that contains the offset (or the last one before it). */
    int sentenceAt(int offset) {
        return Math.max(0, sentenceStarts.floorIndex(offset));
    }

    int sentenceStart(int sentence) {
        return sentenceStarts.get(sentence);
    }

    int sentenceEnd(int sentence) {
        return sentenceEnds.get(sentence);
    }

    /**
     * Where a look-back from the offset stops: the start of the sentence, or {@value #WINDOW}
     * tokens back in a very long one, so that every rule stays linear in the text length.
     */
    int windowStart(int sentence, int offset) {
        int t = tokens.at(offset) - WINDOW;
        return t <= 0 ? sentenceStarts.get(sentence) : Math.max(sentenceStarts.get(sentence), tokens.begin(t));
    }

    /** Where a look-ahead from the offset stops: the end of the sentence, or {@value #WINDOW} tokens on. */
    int windowEnd(int sentence, int offset) {
        int t = tokens.at(offset) + WINDOW;
        return t >= tokens.size() ? sentenceEnds.get(sentence) : Math.min(sentenceEnds.get(sentence), tokens.begin(t));
    }

    int paragraphOfSentence(int sentence) {
        return sentenceParagraphs.get(sentence);
    }

    int paragraphAt(int offset) {
        return Math.max(0, paragraphStarts.floorIndex(offset));
    }

    int paragraphStart(int paragraph) {
        return paragraphStarts.get(paragraph);
    }

    int paragraphEnd(int paragraph) {
        return paragraphEnds.get(paragraph);
    }

    private void findParagraphs() {
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? n : end;
            int first = start;
            while (first < end && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            int last = end;
            while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            if (first < last) {
                paragraphStarts.add(first);
                paragraphEnds.add(last);
            }
            start = end + 1;
        }
    }

    private void splitSentences(int paragraph) {
        int start = paragraphStarts.get(paragraph);
        int end = paragraphEnds.get(paragraph);
        int sentenceStart = start;
        int t = tokens.firstFrom(start);
        while (t < tokens.size() && tokens.begin(t) < end) {
            int q = quoteOpeningAt(t);
            int boundary = -1;
            if (q >= 0) {
                int next = tokens.firstFrom(quotes.get(q).end());
                boolean opensSentence = quotes.get(q).begin() == sentenceStart;
                if (next < tokens.size()
                        && tokens.begin(next) < end
                        && quoteEndsSentence(quotes.get(q), next, opensSentence)) {
                    boundary = next;
                }
                t = next;
            } else {
                char p = tokens.punct(t);
                if ((p == '.' || p == '?' || p == '!') && !abbreviation(t)) {
                    int next = t + 1;
                    while (tokens.punct(next) == ')' || tokens.punct(next) == ']') {
                        next++;
                    }
                    if (next < tokens.size() && tokens.begin(next) < end && startsSentence(next)) {
                        boundary = next;
                    }
                }
                t++;
            }
            if (boundary >= 0) {
                addSentence(sentenceStart, tokens.begin(boundary), paragraph);
                sentenceStart = tokens.begin(boundary);
                t = boundary;
            }
        }
        addSentence(sentenceStart, end, paragraph);
    }

    private void addSentence(int start, int end, int paragraph) {
        sentenceStarts.add(start);
        sentenceEnds.add(end);
        sentenceParagraphs.add(paragraph);
    }

    private boolean quoteEndsSentence(QuoteSpan quote, int next, boolean opensSentence) {
        if (!startsSentence(next)) {
            return false;
        }
        int i = quote.innerEnd() - 1;
        while (i > quote.begin() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        char last = text.charAt(i);
        if (".…?!".indexOf(last) < 0) {
            return false;
        }
        if (!opensSentence) {
            return true;
        }
        for (int k = next; k < next + 6 && k < tokens.size() && tokens.isWord(k); k++) {
            if (tokens.lowerCase(k) && tokens.in(k, Lexicon.REPORTING)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsSentence(int token) {
        return tokens.capitalized(token) || quoteOpeningAt(token) >= 0;
    }

    private boolean abbreviation(int t) {
        if (tokens.punct(t) != '.' || t == 0 || tokens.end(t - 1) != tokens.begin(t)) {
            return false;
        }
        return tokens.in(t - 1, Lexicon.ABBREVIATIONS) || tokens.length(t - 1) == 1 && tokens.capitalized(t - 1);
    }

    /** A growable sorted int list with floor search, to keep offsets unboxed. */
    private static final class IntList {
        private int[] values = new int[32];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        /** Index of the last value that is at most {@code value}, or -1. */
        int floorIndex(int value) {
            int index = Arrays.binarySearch(values, 0, size, value);
            return index >= 0 ? index : -index - 2;
        }
    }
}
