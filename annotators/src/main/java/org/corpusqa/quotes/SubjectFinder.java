package org.corpusqa.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who a speech verb's subject is, reading the tokens around the verb: {@code Kremlin
 * spokesman Dmitry Peskov told}, {@code Hugh Hill, a doctor, said}, {@code said Abu Mujahid, from
 * …}, {@code Britain, France and Germany have called}, {@code he said}, and the subject of a clause
 * whose verbs are coordinated ({@code Turkey has attacked … and says}).
 */
final class SubjectFinder {
    private static final int MAX_APPOSITION = 16;
    private static final int MAX_SUBJECT_PREFIX = 40;
    /** Title words that may stand between a phrase's first mention and its head. */
    private static final int MAX_TITLE_WORDS = 4;

    private static final int MAX_CONJUNCTS = 12;

    private final Layout layout;
    private final Tokens tokens;
    private final Mentions mentions;

    SubjectFinder(Layout layout, Mentions mentions) {
        this.layout = layout;
        this.tokens = layout.tokens();
        this.mentions = mentions;
    }

    /**
     * Whether the token is a speech verb that reports words: lower case, not a noun after a
     * determiner ({@code a call}), not an infinitive ({@code to call}) nor a hypothetical after a
     * modal ({@code Iran would respond "decisively"}).
     */
    boolean speechVerb(int t, boolean withAttitude) {
        if (!tokens.lowerCase(t) || layout.insideQuoteToken(t)) {
            return false;
        }
        if (!tokens.in(t, withAttitude ? Lexicon.REPORTING | Lexicon.ATTITUDE : Lexicon.REPORTING)) {
            return false;
        }
        int previous = t - 1;
        return !tokens.isWord(previous)
                || !(tokens.in(previous, Lexicon.NOT_BEFORE_VERB)
                        || tokens.in(previous, Lexicon.DETERMINERS) && !tokens.is(previous, "that"));
    }

    /**
     * The subject before the verb, looking no further back than the offset {@code low}. A
     * comma-delimited apposition is skipped ({@code Hugh Hill, a doctor, said}), unless the phrase
     * before it names no actor or only the object of a preposition and the apposition holds the
     * name ({@code the spokesman for the UN, Stephane Dujarric, said}, {@code Merkel's spokesman,
     * Steffen Seibert, said}).
     */
    Subject before(int verb, int low) {
        int i = verb - 1;
        int appositionOpen = -1;
        int appositionClose = -1;
        while (i >= 0 && i > verb - MAX_SUBJECT_PREFIX && tokens.begin(i) >= low) {
            if (layout.insideQuoteToken(i)) {
                return preferApposition(Subject.NONE, appositionOpen, appositionClose);
            }
            Mention mention = mentionAt(i);
            if (mention != null) {
                return preferApposition(coordinated(mention), appositionOpen, appositionClose);
            }
            if (tokens.isWord(i)) {
                if (tokens.in(i, Lexicon.SPEAKER_PRONOUNS)) {
                    return Subject.pronoun(i);
                } else if (Lexicon.isGap(tokens, i)) {
                    i--;
                } else if (tokens.in(i, Lexicon.VOICE_NOUNS)) {
                    Subject owner = voiceOwner(i, low);
                    Subject named = preferApposition(Subject.UNNAMED, appositionOpen, appositionClose);
                    return named.found() ? named : owner;
                } else if (tokens.is(i, "and") || tokens.is(i, "but")) {
                    Subject subject = clauseSubject(layout.sentenceAt(tokens.begin(i)), i);
                    if (subject.found()) {
                        return subject;
                    }
                    Subject ofVerb = subjectOfVerbBefore(i, low);
                    return ofVerb == null ? subject : ofVerb;
                } else if (tokens.is(i, "who") && tokens.punct(i - 1) == ',' && mentionAt(i - 2) != null) {
                    return coordinated(mentionAt(i - 2)); // "Yanis Varoufakis, who … accused the creditors of"
                } else {
                    return preferApposition(Subject.UNNAMED, appositionOpen, appositionClose);
                }
            } else if (tokens.punct(i) == ',' && appositionOpen < 0) {
                int open = appositionStart(i, low);
                if (open < 0) {
                    return Subject.UNNAMED;
                }
                appositionOpen = open;
                appositionClose = i;
                i = open - 1;
            } else {
                return preferApposition(Subject.NONE, appositionOpen, appositionClose);
            }
        }
        return preferApposition(Subject.NONE, appositionOpen, appositionClose);
    }

    private Subject preferApposition(Subject subject, int open, int close) {
        if (open < 0 || subject.mention() != null && !objectOfPreposition(subject.mention())) {
            return subject;
        }
        Mention inner = null;
        for (int k = close - 1; k > open && inner == null; k--) {
            inner = mentionAt(k);
        }
        return inner == null ? subject : coordinated(inner);
    }

    /** Whether a preposition governs the mention ({@code for the UN}, {@code in Turkish Idlib}). */
    private boolean objectOfPreposition(Mention mention) {
        for (int i = tokens.at(mention.begin()) - 1; i >= 0; i--) {
            if (!tokens.isWord(i)) {
                return false;
            }
            if (tokens.in(i, Lexicon.PREPOSITIONS)) {
                return true;
            }
            if (!(tokens.in(i, Lexicon.DETERMINERS | Lexicon.TITLE_WORDS) || tokens.capitalized(i))) {
                return false;
            }
        }
        return false;
    }

    /** The subject after the verb: {@code said Kremlin spokesman Dmitry Peskov}, {@code said he}. */
    Subject after(int verb, int high) {
        int i = verb + 1;
        if (i < tokens.size() && tokens.begin(i) < high && tokens.in(i, Lexicon.SPEAKER_PRONOUNS)) {
            return Subject.pronoun(i);
        }
        Mention last = null;
        boolean words = false;
        for (int steps = 0; i < tokens.size() && tokens.begin(i) < high && steps < 12; steps++) {
            if (layout.insideQuoteToken(i)) {
                break;
            }
            Mention mention = mentionAt(i);
            if (mention != null) {
                Subject coordinated = coordinated(mention);
                if (!coordinated.ids().equals(mention.entityId())) {
                    return coordinated;
                }
                last = mention;
                i = tokens.at(mention.end() - 1) + 1;
                continue;
            }
            if (!phraseWord(i)) {
                break;
            }
            words = true;
            i++;
        }
        if (last != null) {
            return coordinated(last);
        }
        return words ? Subject.UNNAMED : Subject.NONE;
    }

    private boolean phraseWord(int i) {
        if (!tokens.isWord(i) || tokens.in(i, Lexicon.PHRASE_STOP | Lexicon.REPORTING | Lexicon.ATTITUDE)) {
            return false;
        }
        return tokens.capitalized(i) || tokens.in(i, Lexicon.DETERMINERS | Lexicon.TITLE_WORDS | Lexicon.VOICE_NOUNS);
    }

    /**
     * The subject of a sentence: its first actor mention, outside quotes and before the token,
     * that stands in subject position.
     */
    Subject sentenceSubject(int sentence, int beforeToken) {
        int start = layout.sentenceStart(sentence);
        int end = beforeToken < tokens.size()
                ? tokens.begin(beforeToken)
                : layout.text().length();
        end = Math.min(end, layout.windowEnd(sentence, start));
        for (Mention mention : mentions.between(start, end)) {
            if (!layout.insideQuote(mention.begin()) && subjectPosition(mention)) {
                return coordinated(mention);
            }
        }
        return Subject.NONE;
    }

    /**
     * For a verb coordinated by {@code and} at token {@code and} in a clause that does not open the
     * sentence ({@code …, as President Steinmeier toured the region and promised}): the last
     * mention before it that a lower-case word, its verb, follows; null when there is none.
     */
    private Subject subjectOfVerbBefore(int and, int low) {
        for (int i = and - 1; i >= 0 && tokens.begin(i) >= low && i > and - MAX_SUBJECT_PREFIX; i--) {
            if (layout.insideQuoteToken(i)) {
                break;
            }
            Mention mention = mentionAt(i);
            if (mention == null) {
                continue;
            }
            int next = tokens.at(mention.end() - 1) + 1;
            if (tokens.lowerCase(next)
                    && !tokens.in(next, Lexicon.PREPOSITIONS | Lexicon.CONJUNCTIONS | Lexicon.DETERMINERS)) {
                return coordinated(mention);
            }
            i = tokens.at(mention.begin());
        }
        return null;
    }

    /**
     * Who a sentence is about, for a quote that no verb attributes: the head of its subject
     * ({@link #sentenceSubject}, {@link #headOf}), or a pronoun that opens it ({@code He paid
     * tribute to his rival, saying: "…"}).
     */
    Subject clauseSubject(int sentence, int beforeToken) {
        Subject subject = sentenceSubject(sentence, beforeToken);
        if (subject.mention() != null) {
            Mention head = headOf(subject.mention(), tokens.begin(beforeToken));
            return head == subject.mention() ? subject : coordinated(head);
        }
        int first = tokens.firstFrom(layout.sentenceStart(sentence));
        if (first < beforeToken && tokens.in(first, Lexicon.SPEAKER_PRONOUNS)) {
            return Subject.pronoun(first);
        }
        return subject;
    }

    /**
     * The head of the noun phrase a mention opens: a later mention that only titles and
     * capitalised words separate from it ({@code Argentina coach Lionel Scaloni}, {@code Supreme
     * Court Justice Alexandre de Moraes}), since an English noun phrase puts its head last; the
     * mention itself when none follows so. Coordination ({@code Merkel and Macron}) is no such
     * phrase.
     */
    Mention headOf(Mention mention, int before) {
        Mention head = mention;
        int i = tokens.at(mention.end() - 1) + 1;
        int words = 0;
        while (i < tokens.size() && tokens.begin(i) < before && words <= MAX_TITLE_WORDS) {
            Mention next = mentionAt(i);
            if (next != null) {
                if (next.end() > before) {
                    break;
                }
                head = next;
                i = tokens.at(next.end() - 1) + 1;
                words = 0;
                continue;
            }
            boolean titleWord = tokens.isWord(i)
                    && !tokens.in(i, Lexicon.NOT_IN_TITLE)
                    && (tokens.capitalized(i) || tokens.in(i, Lexicon.TITLE_WORDS));
            if (!titleWord) {
                break;
            }
            words++;
            i++;
        }
        return head;
    }

    /**
     * Whether only titles, determiners and names precede the mention in its clause: {@code But
     * Turkish Foreign Minister Mevlut Cavusoglu}, {@code After …, Erdogan}, not {@code In Turkey}
     * nor an apposition after another name ({@code Putin, his Russian counterpart,}): one that
     * has a determiner or is closed by a comma.
     */
    boolean subjectPosition(Mention mention) {
        int low = layout.sentenceStart(layout.sentenceAt(mention.begin()));
        int i = tokens.at(mention.begin()) - 1;
        int limit = i - MAX_SUBJECT_PREFIX;
        boolean determiner = false;
        while (i >= 0 && tokens.begin(i) >= low) {
            if (i < limit) {
                return false;
            }
            if (layout.insideQuoteToken(i)) {
                return true;
            }
            Mention previous = mentionAt(i);
            if (previous != null) {
                i = tokens.at(previous.begin()) - 1;
                continue;
            }
            if (tokens.isWord(i)) {
                boolean title = tokens.capitalized(i) && !tokens.in(i, Lexicon.PREPOSITIONS)
                        || tokens.in(i, Lexicon.DETERMINERS | Lexicon.TITLE_WORDS)
                        || tokens.is(i, "of") && tokens.capitalized(i - 1) && tokens.capitalized(i + 1);
                if (!title) {
                    return false;
                }
                determiner |= tokens.in(i, Lexicon.DETERMINERS);
                i--;
            } else {
                char p = tokens.punct(i);
                if (p == ',') {
                    boolean apposition = mentionAt(i - 1) != null
                            && (determiner || tokens.punct(tokens.at(mention.end() - 1) + 1) == ',');
                    return !apposition;
                }
                return p == ':';
            }
        }
        return true;
    }

    /** Collects {@code A, B and C} around the mention; a single mention stands alone. */
    Subject coordinated(Mention mention) {
        List<Mention> conjuncts = new ArrayList<>();
        conjuncts.add(mention);
        boolean and = false;
        int i = tokens.at(mention.begin()) - 1;
        while (conjuncts.size() < MAX_CONJUNCTS) {
            int k = i;
            boolean andHere = false;
            while (k >= 0 && k > i - 2 && separator(k)) {
                andHere |= tokens.punct(k) != ',';
                k--;
            }
            Mention previous = k < i && k >= 0 ? mentionAt(k) : null;
            if (previous == null) {
                break;
            }
            conjuncts.add(0, previous);
            and |= andHere;
            i = tokens.at(previous.begin()) - 1;
        }
        i = tokens.at(mention.end() - 1) + 1;
        while (conjuncts.size() < MAX_CONJUNCTS) {
            int k = i;
            boolean andHere = false;
            while (k < tokens.size() && k < i + 2 && separator(k)) {
                andHere |= tokens.punct(k) != ',';
                k++;
            }
            Mention next = k > i ? mentionAt(k) : null;
            if (next == null) {
                break;
            }
            conjuncts.add(next);
            and |= andHere;
            i = tokens.at(next.end() - 1) + 1;
        }
        if (conjuncts.size() == 1 || !and) {
            return Subject.of(mention, mention.entityId());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Mention conjunct : conjuncts) {
            for (String id : conjunct.entityId().split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return Subject.of(conjuncts.get(0), String.join(",", ids));
    }

    private boolean separator(int k) {
        return tokens.punct(k) == ',' || tokens.punct(k) == '&' || tokens.is(k, "and");
    }

    /** {@code TASS news agency}, {@code Kremlin spokesman}: the actor the voice noun belongs to. */
    private Subject voiceOwner(int i, int low) {
        int limit = i - MAX_APPOSITION;
        while (i >= 0 && i > limit && tokens.begin(i) >= low && mentionAt(i) == null) {
            if (!tokens.lowerCase(i) || !tokens.in(i, Lexicon.VOICE_NOUNS | Lexicon.TITLE_WORDS)) {
                return Subject.UNNAMED;
            }
            i--;
        }
        Mention owner = i >= 0 && tokens.begin(i) >= low ? mentionAt(i) : null;
        return owner == null ? Subject.UNNAMED : coordinated(owner);
    }

    /** The opening comma of an apposition that ends at the comma {@code close}, or -1. */
    private int appositionStart(int close, int low) {
        for (int k = close - 1; k > close - MAX_APPOSITION && k >= 0 && tokens.begin(k) >= low; k--) {
            char p = tokens.punct(k);
            if (p == ',') {
                return k < close - 1 ? k : -1;
            }
            if (p == '.' || p == ';' || p == ':' || layout.insideQuoteToken(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** The mention over the token, unless it lies inside a quote. */
    Mention mentionAt(int token) {
        if (token < 0 || token >= tokens.size()) {
            return null;
        }
        Mention mention = mentions.at(tokens.begin(token), tokens.end(token));
        return mention == null || layout.insideQuote(mention.begin()) ? null : mention;
    }
}
