package org.corpusqa.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotes of one document, CAS-free: scans the marks ({@link QuoteScanner}), tells DIRECT from
 * PARTIAL ({@link QuoteClassifier}) and finds each speaker among the given actor mentions ({@link
 * SpeakerFinder}). Thread-safe: every call works on its own state.
 */
public final class QuoteAnalyzer {
    private final GenderLookup genders;

    /** @param genders registry genders, used to resolve {@code he} and {@code she} */
    public QuoteAnalyzer(GenderLookup genders) {
        this.genders = genders;
    }

    /**
     * Analyses a document.
     *
     * @param text the document text
     * @param actors the actor mentions found before (any order; mentions inside quotes are never
     *     speakers of other quotes)
     */
    /**
     * Whether the marks set off a nickname inside a person's name ({@code Joko “Jokowi” Widodo},
     * {@code Ferdinand "Bongbong" Marcos Jr.}): one or two capitalised words, with a capitalised
     * word right before the opening mark and right after the closing one. Nobody is quoted there.
     */
    static boolean isNickname(String text, QuoteSpan quote) {
        if (quote.openEnded() || quote.continuesPrevious()) {
            return false;
        }
        String inner = text.substring(quote.innerBegin(), quote.innerEnd());
        String[] words = inner.split(" ", -1);
        if (words.length > 2) {
            return false;
        }
        for (String word : words) {
            if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || !isLetters(word)) {
                return false;
            }
        }
        int before = quote.begin() - 1;
        int after = quote.end();
        return before >= 1
                && text.charAt(before) == ' '
                && Character.isLetter(text.charAt(before - 1))
                && capitalisedWordEndsAt(text, before)
                && after + 1 < text.length()
                && text.charAt(after) == ' '
                && Character.isUpperCase(text.charAt(after + 1));
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i)) && word.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether the word ending right before {@code end} starts with a capital. */
    private static boolean capitalisedWordEndsAt(String text, int end) {
        int b = end;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < end && Character.isUpperCase(text.charAt(b));
    }

    public QuoteAnalysis analyze(String text, List<Mention> actors) {
        ScanResult scan = QuoteScanner.scan(text);
        List<QuoteSpan> quotes = new ArrayList<>(scan.topLevel().size());
        for (QuoteSpan quote : scan.topLevel()) {
            if (!isNickname(text, quote)) {
                quotes.add(quote);
            }
        }
        Layout layout = new Layout(text, quotes);
        Mentions mentions = new Mentions(actors);
        SubjectFinder subjects = new SubjectFinder(layout, mentions);
        QuoteClassifier classifier = new QuoteClassifier(layout, subjects);
        List<QuoteKind> kinds =
                layout.quotes().stream().map(classifier::classify).toList();
        SpeakerFinder speakers = new SpeakerFinder(layout, mentions, subjects, genders);
        List<Attribution> attributions = speakers.attribute(kinds);
        List<FoundQuote> found = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            found.add(new FoundQuote(layout.quotes().get(i), kinds.get(i), attributions.get(i)));
        }
        return new QuoteAnalysis(found, speakers.addedPronouns(), scan.problems());
    }
}
