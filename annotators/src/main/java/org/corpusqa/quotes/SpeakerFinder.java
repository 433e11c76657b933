package org.corpusqa.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Attributes each top-level quote to a speaker mention. The rules, in order:
 *
 * <ul>
 *   <li>DIRECT quotes: a speech verb after the quote ({@code "…," X said}, {@code "…," said X},
 *       {@code "…" in Idlib, X told}), {@code according to X}, a speech verb before it in the same
 *       sentence ({@code X said: "…"}, {@code X said, "…"}), a colon ({@code X: "…"}); then the
 *       context: the other piece of a multi-paragraph quote, the last attribution in the two
 *       sentences before in the paragraph ({@code "…," X said. "…"}), and for a quote that opens
 *       its paragraph, the last attribution of the paragraph before — the speaker of its last
 *       quote or the subject of its last speech or stance verb ({@code He criticised …}).
 *   <li>PARTIAL quotes: a speech or stance verb before it ({@code X described … as "…"}, {@code X
 *       accused Y of "…"}), the subject right before a quoted predicate ({@code X "expressed …"}),
 *       {@code according to X}, a speech verb after it; and failing all those, the subject of the
 *       sentence ({@code Scaloni, 44, dedicated the win to "every Argentine"}, {@code Suga
 *       congratulated the team, calling the mission "a great achievement"}): a phrase quoted
 *       without a reporting verb is, in news, the words of whoever the sentence is about.
 * </ul>
 *
 * A verb right after a DIRECT quote whose subject is no actor ({@code "…," a spokesman said})
 * settles the matter: the quote stays without a speaker rather than borrowing one from the
 * context. Pronoun subjects are resolved by {@link PronounResolver} and become new PRONOUN
 * mentions; a pronoun whose antecedent has no entity id is not annotated, and the quote's speaker
 * is then the antecedent itself.
 */
final class SpeakerFinder {
    private static final int VERB_AFTER_WINDOW = 25;
    private static final int BLOCKING_DISTANCE = 8;
    private static final int SENTENCES_BACK = 2;

    private final Layout layout;
    private final Tokens tokens;
    private final List<QuoteSpan> quotes;
    private final Mentions mentions;
    private final SubjectFinder subjects;
    private final PronounResolver pronouns;
    private final Set<Mention> speakers = new HashSet<>();
    private final List<Mention> added = new ArrayList<>();
    private Attribution[] found;

    SpeakerFinder(Layout layout, Mentions mentions, SubjectFinder subjects, GenderLookup genders) {
        this.layout = layout;
        this.tokens = layout.tokens();
        this.quotes = layout.quotes();
        this.mentions = mentions;
        this.subjects = subjects;
        this.pronouns = new PronounResolver(layout, mentions, subjects, genders, speakers);
    }

    /** Attributes the layout's quotes, which have the given kinds; one result per quote. */
    List<Attribution> attribute(List<QuoteKind> kinds) {
        found = new Attribution[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan quote = quotes.get(i);
            Attribution attribution = kinds.get(i) == QuoteKind.DIRECT
                    ? firstOf(quote, this::verbAfter, this::accordingTo, this::verbBefore, this::colon)
                    : firstOf(
                            quote,
                            this::verbBefore,
                            this::quotedPredicate,
                            this::accordingTo,
                            this::verbAfter,
                            this::sentenceSubject);
            if (attribution == null && kinds.get(i) == QuoteKind.DIRECT) {
                attribution = context(i);
            }
            found[i] = attribution == null ? Attribution.NONE : attribution;
        }
        for (int i = quotes.size() - 2; i >= 0; i--) {
            if (quotes.get(i).openEnded() && found[i].speaker() == null && found[i + 1].speaker() != null) {
                found[i] = renamed(found[i + 1], "continued-quote");
            }
        }
        return List.of(found);
    }

    /** The PRONOUN mentions the rules created, in the order they were created. */
    List<Mention> addedPronouns() {
        return List.copyOf(added);
    }

    private interface Rule {
        Attribution apply(QuoteSpan quote);
    }

    private static Attribution firstOf(QuoteSpan quote, Rule... rules) {
        for (Rule rule : rules) {
            Attribution attribution = rule.apply(quote);
            if (attribution != null) {
                return attribution;
            }
        }
        return null;
    }

    private Attribution verbAfter(QuoteSpan quote) {
        int high = Math.min(sentenceEnd(quote), nextQuoteBegin(quote));
        int start = tokens.firstFrom(quote.end());
        for (int k = start; k < start + VERB_AFTER_WINDOW && k < tokens.size() && tokens.begin(k) < high; k++) {
            if (!subjects.speechVerb(k, false) || tokens.endsWith(k, "ing")) {
                continue;
            }
            Subject subject = inverted(start, k) ? subjects.after(k, high) : subjects.before(k, quote.end());
            if (subject.found() || subject.unnamed() && k - start <= BLOCKING_DISTANCE) {
                return attribution(subject, "verb-after");
            }
            return null;
        }
        return null;
    }

    /** Whether only commas and adverbs stand between the quote and the verb ({@code "…," said X}). */
    private boolean inverted(int start, int verb) {
        for (int j = start; j < verb; j++) {
            boolean adverb = tokens.lowerCase(j) && Lexicon.isGap(tokens, j) && !tokens.is(j, "the");
            if (tokens.punct(j) != ',' && !adverb) {
                return false;
            }
        }
        return true;
    }

    private Attribution verbBefore(QuoteSpan quote) {
        int low = sentenceStart(quote);
        int participle = -1;
        for (int k = tokens.firstFrom(quote.begin()) - 1; k >= 0 && tokens.begin(k) >= low; k--) {
            int inner = layout.quoteOfToken(k);
            if (inner >= 0) {
                k = tokens.firstFrom(quotes.get(inner).begin());
                continue;
            }
            if (subjects.speechVerb(k, true) && !tokens.endsWith(k, "ing")) {
                Subject subject = subjects.before(k, low);
                if (subject.found()) {
                    return attribution(subject, "verb-before");
                }
            } else if (participle < 0
                    && subjects.speechVerb(k, false)
                    && tokens.endsWith(k, "ing")
                    && tokens.punct(k - 1) == ',') {
                participle = k;
            }
        }
        if (participle < 0) {
            return null;
        }
        // "He paid tribute to his rival, saying: ...": with no finite verb, the clause's subject
        Subject subject = subjects.clauseSubject(layout.sentenceAt(tokens.begin(participle)), participle);
        return subject.found() ? attribution(subject, "participle-before") : null;
    }

    private Attribution accordingTo(QuoteSpan quote) {
        int low = sentenceStart(quote);
        int high = sentenceEnd(quote);
        int best = -1;
        for (int k = tokens.firstFrom(low); k + 1 < tokens.size() && tokens.begin(k) < high; k++) {
            if (tokens.is(k, "according")
                    && tokens.is(k + 1, "to")
                    && !layout.insideQuoteToken(k)
                    && (best < 0 || distance(quote, k) < distance(quote, best))) {
                best = k;
            }
        }
        if (best < 0) {
            return null;
        }
        Subject subject = subjects.after(best + 1, high);
        return subject.found() ? attribution(subject, "according-to") : null;
    }

    private int distance(QuoteSpan quote, int token) {
        int offset = tokens.begin(token);
        return offset < quote.begin() ? quote.begin() - offset : offset - quote.end();
    }

    private Attribution colon(QuoteSpan quote) {
        int t = tokens.firstFrom(quote.begin()) - 1;
        if (tokens.punct(t) != ':' || tokens.begin(t) < sentenceStart(quote)) {
            return null;
        }
        Subject subject = subjects.before(t, sentenceStart(quote));
        return subject.found() ? attribution(subject, "colon") : null;
    }

    private Attribution quotedPredicate(QuoteSpan quote) {
        Subject subject = subjects.before(tokens.firstFrom(quote.begin()), sentenceStart(quote));
        boolean subjectHere = subject.mention() != null && subjects.subjectPosition(subject.mention())
                || subject.pronoun() >= 0 && !isObject(subject.pronoun());
        return subjectHere ? attribution(subject, "quoted-predicate") : null;
    }

    /**
     * Whether the pronoun at token {@code p} is the object of a word before it ({@code called it
     * "the most remarkable achievement"}) rather than a subject ({@code and it "remains open"}).
     */
    private boolean isObject(int p) {
        int before = p - 1;
        return tokens.isWord(before) && tokens.lowerCase(before) && !tokens.in(before, Lexicon.CONJUNCTIONS);
    }

    private Attribution sentenceSubject(QuoteSpan quote) {
        Subject subject = subjects.clauseSubject(layout.sentenceAt(quote.begin()), tokens.firstFrom(quote.begin()));
        return subject.found() ? attribution(subject, "sentence-subject") : null;
    }

    /** Attribution from the context of a DIRECT quote that has none in its own sentence. */
    private Attribution context(int index) {
        QuoteSpan quote = quotes.get(index);
        if (quote.continuesPrevious() && index > 0 && found[index - 1].speaker() != null) {
            return renamed(found[index - 1], "continued-quote");
        }
        int sentence = layout.sentenceAt(quote.begin());
        int paragraph = layout.paragraphOfSentence(sentence);
        for (int s = sentence - 1; s >= 0 && s >= sentence - SENTENCES_BACK; s--) {
            if (layout.paragraphOfSentence(s) != paragraph) {
                break;
            }
            Attribution attribution = lastAttribution(layout.sentenceStart(s), layout.sentenceEnd(s), index);
            if (attribution != null) {
                return renamed(attribution, "previous-sentence");
            }
        }
        if (paragraph > 0 && onlyQuotesBefore(quote, paragraph)) {
            Attribution attribution =
                    lastAttribution(layout.paragraphStart(paragraph - 1), layout.paragraphEnd(paragraph - 1), index);
            if (attribution != null) {
                return renamed(attribution, "previous-paragraph");
            }
        }
        return null;
    }

    /** The last speaker named in [from, to): of an attributed quote, or of a speech verb. */
    private Attribution lastAttribution(int from, int to, int before) {
        int last = tokens.firstFrom(to) - 1;
        for (int k = last; k >= 0 && k > last - Layout.WINDOW && tokens.begin(k) >= from; k--) {
            int inner = layout.quoteOfToken(k);
            if (inner >= 0) {
                if (inner < before && found[inner].speaker() != null) {
                    return found[inner];
                }
                k = tokens.firstFrom(quotes.get(inner).begin());
                continue;
            }
            if (subjects.speechVerb(k, true)) {
                int sentence = layout.sentenceAt(tokens.begin(k));
                Subject subject = subjects.before(k, layout.windowStart(sentence, tokens.begin(k)));
                if (!subject.found() && rightAfterQuote(k)) {
                    subject = subjects.after(k, layout.windowEnd(sentence, tokens.begin(k)));
                }
                if (subject.found()) {
                    return attribution(subject, "");
                }
            }
        }
        return null;
    }

    private boolean rightAfterQuote(int token) {
        int j = token - 1;
        while (tokens.punct(j) == ',') {
            j--;
        }
        return j >= 0 && layout.insideQuoteToken(j);
    }

    private boolean onlyQuotesBefore(QuoteSpan quote, int paragraph) {
        int first = tokens.firstFrom(layout.paragraphStart(paragraph));
        for (int k = first; tokens.begin(k) < quote.begin(); k++) {
            int inner = layout.quoteOfToken(k);
            if (inner < 0 || k > first + Layout.WINDOW) {
                return false;
            }
            k = tokens.at(quotes.get(inner).end() - 1);
        }
        return true;
    }

    private Attribution attribution(Subject subject, String rule) {
        if (subject.mention() != null) {
            speakers.add(subject.mention());
            return new Attribution(subject.mention(), subject.ids(), rule);
        }
        if (subject.pronoun() < 0) {
            return new Attribution(null, "", rule);
        }
        PronounResolver.Antecedent antecedent = pronouns.resolve(subject.pronoun());
        if (antecedent == null) {
            return new Attribution(null, "", rule);
        }
        if (antecedent.ids().isEmpty()) {
            return new Attribution(antecedent.mention(), "", rule);
        }
        int t = subject.pronoun();
        Mention pronoun = new Mention(tokens.begin(t), tokens.end(t), antecedent.kind(), "PRONOUN", antecedent.ids());
        mentions.add(pronoun);
        added.add(pronoun);
        speakers.add(pronoun);
        return new Attribution(pronoun, antecedent.ids(), rule);
    }

    private static Attribution renamed(Attribution attribution, String rule) {
        return new Attribution(attribution.speaker(), attribution.speakerId(), rule);
    }

    private int sentenceStart(QuoteSpan quote) {
        return layout.windowStart(layout.sentenceAt(quote.begin()), quote.begin());
    }

    private int sentenceEnd(QuoteSpan quote) {
        return layout.windowEnd(layout.sentenceAt(quote.begin()), quote.end());
    }

    private int nextQuoteBegin(QuoteSpan quote) {
        int index = layout.quoteAt(quote.begin());
        return index + 1 < quotes.size() ? quotes.get(index + 1).begin() : Integer.MAX_VALUE;
    }
}
