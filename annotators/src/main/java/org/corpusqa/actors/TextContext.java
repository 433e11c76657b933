package org.corpusqa.actors;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.corpusqa.actors.ActorDictionary.NameMatch;
import org.corpusqa.actors.ActorDictionary.Source;
import org.corpusqa.actors.ActorLexicon.Words;
import org.corpusqa.registry.ActorKind;

/**
 * A text's tokens with the dictionary names laid over them, and the small syntactic tests the
 * actor rules share: is this word a verb, where does a coordination "A, B and C" start, is this
 * line a headline in title case.
 */
final class TextContext {
    private static final int NONE = -1;

    final Tokens tokens;
    final List<NameMatch> matches;
    final ActorLexicon lexicon = ActorLexicon.get();
    private final int[] matchAt;
    private final int[] firstToken;
    private final int[] lastToken;
    private final boolean[] headlineLine;

    TextContext(Tokens tokens, List<NameMatch> matches) {
        this.tokens = tokens;
        this.matches = matches;
        this.matchAt = new int[tokens.size()];
        Arrays.fill(matchAt, NONE);
        this.firstToken = new int[matches.size()];
        this.lastToken = new int[matches.size()];
        for (int m = 0; m < matches.size(); m++) {
            int first = tokens.startingAt(matches.get(m).begin());
            int last = tokens.endingAt(matches.get(m).end());
            firstToken[m] = first;
            lastToken[m] = last;
            for (int i = Math.max(first, 0); i <= last; i++) {
                matchAt[i] = m;
            }
        }
        this.headlineLine = headlines(tokens);
    }

    /** Index of the match covering token {@code i}, or -1. */
    int matchAt(int i) {
        return tokens.valid(i) ? matchAt[i] : NONE;
    }

    /** Index of the first match that begins at or after {@code offset} (matches are in text order). */
    int firstMatchFrom(int offset) {
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int first(int match) {
        return firstToken[match];
    }

    int last(int match) {
        return lastToken[match];
    }

    /** Whether token {@code i} lies in a name that is not just a demonym. */
    boolean inName(int i) {
        int m = matchAt(i);
        return m >= 0 && !isDemonym(m);
    }

    boolean isDemonym(int match) {
        return matches.get(match).first().source() == Source.DEMONYM;
    }

    boolean isStateLike(int match) {
        Source s = matches.get(match).first().source();
        return s == Source.STATE_NAME || s == Source.CAPITAL;
    }

    boolean isKind(int match, ActorKind kind) {
        return matches.get(match).first().kind() == kind && !isDemonym(match);
    }

    boolean is(Words list, int i) {
        return tokens.valid(i) && (tokens.facts(i) & ActorLexicon.bit(list)) != 0;
    }

    /**
     * A capitalised word that is no name, title, month, demonym, function word or common noun of
     * the lists ({@code U.S. Reps}, {@code U.S. Market} in a politician's capitals): next to a
     * name it makes the name part of a longer one ({@code Moscow Times}, {@code Cameron Ahmad}).
     */
    boolean isPlainCapitalised(int i) {
        return matchAt(i) < 0
                && !is(Words.TITLE_WORDS, i)
                && !is(Words.NOT_NAMES, i)
                && !is(Words.MONTHS_DAYS, i)
                && !is(Words.PLACE_PREPOSITIONS, i)
                && !is(Words.AUXILIARIES, i)
                && !is(Words.ACTOR_NOUNS, i)
                && !is(Words.ATTRIBUTIVE_PLACE_NOUNS, i)
                && !tokens.get(i).upper();
    }

    /**
     * Whether plain capitalised words right before or after tokens {@code first..last} make them
     * part of a longer name ({@code George Washington}, {@code Moscow Times}, {@code Cameron
     * Ahmad}); never in a headline, where capitals say nothing.
     */
    boolean partOfLongerName(int first, int last) {
        if (inHeadline(first)) {
            return false;
        }
        int before = first - 1;
        if (!tokens.get(first).lineStart()
                && tokens.isCapitalisedWord(before)
                && !tokens.joined(before)
                && isPlainCapitalised(before)) {
            return true;
        }
        int after = last + 1;
        return tokens.isCapitalisedWord(after)
                && !tokens.joined(last)
                && isPlainCapitalised(after)
                && !tokens.get(after).lineStart()
                && !portfolioTitleAt(after);
    }

    /**
     * Whether a title with its portfolio starts at {@code i} ({@code U.S. Energy Secretary Dan
     * Brouillette}, {@code NSW Transport Minister}): the name before it is the title's state, not
     * part of a longer name.
     */
    private boolean portfolioTitleAt(int i) {
        for (int k = i + 1;
                k <= i + 2 && tokens.isCapitalisedWord(k) && !tokens.get(k).lineStart();
                k++) {
            if (is(Words.TITLE_WORDS, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} lies on a line written in title case (a headline). */
    boolean inHeadline(int i) {
        return tokens.valid(i) && headlineLine[i];
    }

    /** Adverbs without {@code -ly} that stand between a subject and its verb ({@code Athens now needs}). */
    private static final Set<String> SHORT_ADVERBS =
            Set.of("now", "also", "still", "already", "again", "soon", "never", "often", "just", "even", "then");

    /**
     * Whether a finite verb follows token {@code i}: an auxiliary, a listed verb, or a lower-case
     * word in {@code -ed}; adverbs and "this week" in between are skipped.
     */
    boolean verbAfter(int i) {
        int j = i + 1;
        for (int skip = 0; skip < 3 && tokens.valid(j); skip++) {
            String w = tokens.word(j);
            if ((w.equals("this") || w.equals("last") || w.equals("on")) && tokens.isWord(j + 1)) {
                j += 2;
                continue;
            }
            if ((w.endsWith("ly") || SHORT_ADVERBS.contains(w)) && tokens.isLowerWord(j) && !is(Words.AGENT_VERBS, j)) {
                j++;
                continue;
            }
            break;
        }
        return isVerb(j);
    }

    boolean isVerb(int j) {
        if (!tokens.isLowerWord(j)) {
            return false;
        }
        String w = tokens.word(j);
        return is(Words.AUXILIARIES, j) && !w.equals("not") && !w.endsWith("ly")
                || is(Words.AGENT_VERBS, j)
                || is(Words.SPEECH_VERBS, j)
                || (w.endsWith("ed")
                        && w.length() > 4
                        && !w.endsWith("eed")
                        && !tokens.word(j + 1).equals("by"));
    }

    /** Whether ", which/who" and a verb follow token {@code i}. */
    boolean relativeClauseAfter(int i) {
        return tokens.word(i + 1).equals(",")
                && (tokens.word(i + 2).equals("which") || tokens.word(i + 2).equals("who"))
                && verbAfter(i + 2);
    }

    /**
     * First token of the coordination that token {@code first} ends: "Britain, France and Germany"
     * from Germany back to Britain. Conjuncts are names or capitalised words.
     */
    int chainStart(int first) {
        int start = first;
        while (true) {
            int k = start - 1;
            boolean and = false;
            if (tokens.word(k).equals("and") || tokens.word(k).equals("or")) {
                and = true;
                k--;
            }
            if (tokens.word(k).equals(",")) {
                k--;
            } else if (!and) {
                return start;
            }
            int conjunct = conjunctEndingAt(k);
            if (conjunct < 0) {
                return start;
            }
            start = conjunct;
        }
    }

    /** Last token of the coordination that starts with the name ending at {@code last}. */
    int chainEnd(int last) {
        int end = last;
        while (true) {
            int k = end + 1;
            if (tokens.word(k).equals(",")) {
                k++;
            }
            if (tokens.word(k).equals("and") || tokens.word(k).equals("or")) {
                k++;
            } else if (k == end + 1) {
                return end;
            }
            int m = matchAt(k);
            if (m >= 0 && !isDemonym(m) && first(m) == k) {
                end = last(m);
            } else {
                return end;
            }
        }
    }

    /** First token of a name or capitalised word ending at token {@code k}, or -1. */
    private int conjunctEndingAt(int k) {
        int m = matchAt(k);
        if (m >= 0) {
            return isDemonym(m) ? NONE : first(m);
        }
        if (tokens.isCapitalisedWord(k) && !tokens.get(k).sentenceStart() && !is(Words.MONTHS_DAYS, k)) {
            // a month or day is no party: "at the end of June, and Athens now needs"
            int j = k;
            while (tokens.isCapitalisedWord(j - 1) && !tokens.get(j).sentenceStart() && k - j < 3) {
                j--;
            }
            return j;
        }
        return NONE;
    }

    /**
     * Marks lines in title case: at least four words of more than three letters, and most of
     * them capitalised. Capitals say nothing about names there.
     */
    private static boolean[] headlines(Tokens tokens) {
        boolean[] result = new boolean[tokens.size()];
        int lineStart = 0;
        while (lineStart < tokens.size()) {
            int lineEnd = lineStart + 1;
            while (lineEnd < tokens.size() && !tokens.get(lineEnd).lineStart()) {
                lineEnd++;
            }
            int words = 0;
            int capitalised = 0;
            for (int k = lineStart; k < lineEnd; k++) {
                Tokens.Token t = tokens.get(k);
                if (t.word()
                        && t.end() - t.begin() > 3
                        && Character.isLetter(tokens.text().charAt(t.begin()))) {
                    words++;
                    if (t.capitalised()) {
                        capitalised++;
                    }
                }
            }
            if (words >= 4 && capitalised * 10 >= words * 7) {
                Arrays.fill(result, lineStart, lineEnd, true);
            }
            lineStart = lineEnd;
        }
        return result;
    }
}
