package org.corpusqa.quotes;

/**
 * Tells DIRECT from PARTIAL quotes (GUIDELINES: Quote; gold SUMMARY rule 7) from the quote's words
 * and its place in the sentence, without a parser:
 *
 * <ul>
 *   <li>Words that start in lower case are a phrase or a predicate whose subject is outside the
 *       marks ({@code Trump "expressed concern …"}): PARTIAL, however long; except a clause where
 *       an utterance stands ({@code According to the ministry, "all units have returned."}) and
 *       the second half of a split quote ({@code "We will," he said, "win."}).
 *   <li>A quote that stands where an utterance stands (at the start of its sentence, after a
 *       colon, or after {@code he said,}) and starts in upper case is DIRECT when it ends the
 *       utterance ({@code "Unacceptable," he said}) or is a clause of four words or more even if
 *       the sentence goes on ({@code "The victory … is unvoidable" in Idlib}).
 *   <li>A quote embedded in the reporter's sentence is DIRECT only when it reads as a full clause:
 *       upper case, four words or more, not a title ({@code "Operation Peace Spring"}), with a
 *       finite auxiliary or a contraction.
 *   <li>Each paragraph piece of a multi-paragraph quote is DIRECT.
 * </ul>
 */
final class QuoteClassifier {
    private final Layout layout;
    private final Tokens tokens;
    private final SubjectFinder subjects;

    QuoteClassifier(Layout layout, SubjectFinder subjects) {
        this.layout = layout;
        this.tokens = layout.tokens();
        this.subjects = subjects;
    }

    QuoteKind classify(QuoteSpan quote) {
        if (quote.openEnded() || quote.continuesPrevious()) {
            return QuoteKind.DIRECT;
        }
        int first = tokens.firstFrom(quote.innerBegin());
        int end = tokens.firstFrom(quote.innerEnd());
        int words = 0;
        int capitalised = 0;
        int longWords = 0;
        boolean clause = false;
        int firstWord = -1;
        for (int t = first; t < end; t++) {
            if (!tokens.isWord(t)) {
                continue;
            }
            if (firstWord < 0) {
                firstWord = t;
            }
            words++;
            if (tokens.length(t) > 3) {
                longWords++;
                capitalised += tokens.capitalized(t) ? 1 : 0;
            }
            clause = clause || tokens.in(t, Lexicon.CLAUSE_WORDS) || contraction(t);
        }
        if (firstWord < 0) {
            return QuoteKind.PARTIAL;
        }
        boolean upper = !tokens.lowerCase(firstWord);
        boolean title = words >= 2 && capitalised == longWords;
        Place place = place(quote);
        if (!upper) {
            boolean utterance =
                    (place == Place.SENTENCE_START || place == Place.AFTER_ATTRIBUTION) && words >= 4 && clause;
            boolean secondHalf = place == Place.AFTER_ATTRIBUTION && previousQuoteInSentence(quote);
            return utterance || secondHalf ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
        }
        if (place != Place.EMBEDDED) {
            return endsUtterance(quote) || words >= 4 && !title ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
        }
        return words >= 4 && !title && clause ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    private enum Place {
        SENTENCE_START,
        /** After a colon, a dash, {@code he said,} or {@code according to X,}. */
        AFTER_ATTRIBUTION,
        /** Right after a speech verb, with no punctuation: {@code he said "…"}. */
        AFTER_VERB,
        EMBEDDED
    }

    private Place place(QuoteSpan quote) {
        int sentenceStart = layout.sentenceStart(layout.sentenceAt(quote.begin()));
        int t = tokens.firstFrom(quote.begin()) - 1;
        if (t >= 0 && tokens.punct(t) == '(') {
            t--;
        }
        if (t < 0 || tokens.begin(t) < sentenceStart) {
            return Place.SENTENCE_START;
        }
        char p = tokens.punct(t);
        if (p == ':' || p == '—' || p == '–' || p == '-') {
            return Place.AFTER_ATTRIBUTION;
        }
        if (p == ',') {
            return attributionBefore(t) ? Place.AFTER_ATTRIBUTION : Place.EMBEDDED;
        }
        int verb = t;
        while (verb > 0 && Lexicon.isGap(tokens, verb) && !subjects.speechVerb(verb, false)) {
            verb--;
        }
        return subjects.speechVerb(verb, false) ? Place.AFTER_VERB : Place.EMBEDDED;
    }

    /**
     * Whether the clause before the comma is an attribution: a speech verb within a few words
     * ({@code Jones told the BBC, "…"}, {@code he said on Monday, "…"}) or {@code according to}.
     */
    private boolean attributionBefore(int comma) {
        for (int k = comma - 1; k >= 0 && k > comma - 7 && tokens.isWord(k); k--) {
            if (subjects.speechVerb(k, false) || tokens.is(k, "to") && tokens.is(k - 1, "according")) {
                return true;
            }
        }
        return false;
    }

    private boolean endsUtterance(QuoteSpan quote) {
        int i = quote.innerEnd() - 1;
        while (i > quote.begin() && Character.isWhitespace(layout.text().charAt(i))) {
            i--;
        }
        if (",.?!…".indexOf(layout.text().charAt(i)) >= 0) {
            return true;
        }
        int next = tokens.firstFrom(quote.end());
        char p = tokens.punct(next);
        int paragraphEnd = layout.paragraphEnd(layout.paragraphAt(quote.begin()));
        return next >= tokens.size()
                || tokens.begin(next) >= paragraphEnd
                || p == ','
                || p == '.'
                || p == '?'
                || p == '!'
                || p == ';';
    }

    private boolean previousQuoteInSentence(QuoteSpan quote) {
        int index = layout.quoteAt(quote.begin());
        return index > 0
                && layout.sentenceAt(layout.quotes().get(index - 1).begin()) == layout.sentenceAt(quote.begin());
    }

    private boolean contraction(int t) {
        return tokens.endsWith(t, "'ll")
                || tokens.endsWith(t, "'re")
                || tokens.endsWith(t, "'ve")
                || tokens.endsWith(t, "'m")
                || tokens.endsWith(t, "'d")
                || tokens.endsWith(t, "n't");
    }
}
