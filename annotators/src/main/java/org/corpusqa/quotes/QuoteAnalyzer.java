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
    public QuoteAnalysis analyze(String text, List<Mention> actors) {
        ScanResult scan = QuoteScanner.scan(text);
        Layout layout = new Layout(text, scan.topLevel());
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
