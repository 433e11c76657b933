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
        String word = tokens.word(t);
        if (word == null || !tokens.lowerCase(t) || layout.insideQuoteToken(t)) {
            return false;
        }
        if (!Lexicon.REPORTING.contains(word) && !(withAttitude && Lexicon.ATTITUDE.contains(word))) {
            return false;
        }
        String previous = tokens.word(t - 1);
        return previous == null
                || !(Lexicon.NOT_BEFORE_VERB.contains(previous)
                        || !previous.equals("that") && Lexicon.DETERMINERS.contains(previous));
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
            String word = tokens.word(i);
            if (word != null) {
                if (Lexicon.SPEAKER_PRONOUNS.contains(word)) {
                    return Subject.pronoun(i);
                } else if (Lexicon.isGap(word)) {
                    i--;
                } else if (Lexicon.VOICE_NOUNS.contains(word)) {
                    Subject owner = voiceOwner(i, low);
                    Subject named = preferApposition(Subject.UNNAMED, appositionOpen, appositionClose);
                    return named.found() ? named : owner;
                } else if (word.equals("and") || word.equals("but")) {
                    return sentenceSubject(layout.sentenceAt(tokens.begin(i)), i);
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
            String word = tokens.word(i);
            if (word == null) {
                return false;
            }
            if (Lexicon.PREPOSITIONS.contains(word)) {
                return true;
            }
            if (!(Lexicon.DETERMINERS.contains(word) || Lexicon.TITLE_WORDS.contains(word) || tokens.capitalized(i))) {
                return false;
            }
        }
        return false;
    }

    /** The subject after the verb: {@code said Kremlin spokesman Dmitry Peskov}, {@code said he}. */
    Subject after(int verb, int high) {
        int i = verb + 1;
        if (i < tokens.size()
                && tokens.begin(i) < high
                && tokens.word(i) != null
                && Lexicon.SPEAKER_PRONOUNS.contains(tokens.word(i))) {
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
            String word = tokens.word(i);
            if (word == null || !phraseWord(i, word)) {
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

    private boolean phraseWord(int i, String word) {
        if (Lexicon.PHRASE_STOP.contains(word) || Lexicon.isSpeechVerb(word)) {
            return false;
        }
        return tokens.capitalized(i)
                || Lexicon.DETERMINERS.contains(word)
                || Lexicon.TITLE_WORDS.contains(word)
                || Lexicon.VOICE_NOUNS.contains(word);
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
            String word = tokens.word(i);
            if (word != null) {
                boolean title = tokens.capitalized(i) && !Lexicon.PREPOSITIONS.contains(word)
                        || Lexicon.DETERMINERS.contains(word)
                        || Lexicon.TITLE_WORDS.contains(word)
                        || word.equals("of") && tokens.capitalized(i - 1) && tokens.capitalized(i + 1);
                if (!title) {
                    return false;
                }
                determiner |= Lexicon.DETERMINERS.contains(word);
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
        return tokens.punct(k) == ',' || tokens.punct(k) == '&' || "and".equals(tokens.word(k));
    }

    /** {@code TASS news agency}, {@code Kremlin spokesman}: the actor the voice noun belongs to. */
    private Subject voiceOwner(int i, int low) {
        int limit = i - MAX_APPOSITION;
        while (i >= 0 && i > limit && tokens.begin(i) >= low && mentionAt(i) == null) {
            String word = tokens.word(i);
            if (word == null
                    || !tokens.lowerCase(i)
                    || !(Lexicon.VOICE_NOUNS.contains(word) || Lexicon.TITLE_WORDS.contains(word))) {
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
