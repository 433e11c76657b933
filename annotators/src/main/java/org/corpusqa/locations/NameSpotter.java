package org.corpusqa.locations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.corpusqa.text.CharClass;
import org.corpusqa.text.CurrencySigns;
import org.corpusqa.text.WordTrie;

/**
 * Finds gazetteer names in a text: a {@link WordTrie} over the folded copy, then the rules that
 * decide whether a hit is written as a name.
 *
 * <p>A hit must be a whole word (hyphens and apostrophes are boundaries, so {@code Idlib-based}
 * and {@code Syria’s} give {@code Idlib} and {@code Syria}) and capitalised, unless its line is
 * written in capitals. An acronym name ({@code US}, {@code UAE}) must be written in capitals; a
 * word in capitals matches an ordinary name only in an all-caps line or a dateline ({@code
 * WASHINGTON:}), so that {@code HTS} or {@code TASS} never hit a town. A name that is also a
 * common English word keeps only its country readings where the capital letter says nothing
 * (sentence start, headline). Overlapping hits keep the leftmost longest one. A hit that is part
 * of a longer run of capitalised words ({@code Munich Security Conference}, {@code Vladimir
 * Putin}, {@code President Jackson}) is dropped, as is one after an Arabic article that belongs
 * to another name ({@code al-Sham}). Phrases such as {@code Latin America} are matched and
 * dropped so that {@code America} inside them is not reported.
 */
final class NameSpotter {

    /**
     * A name found in the text; {@code countryOnly} when only its country readings may stand,
     * {@code commonWord} when the name is also an English word.
     */
    record Spot(int begin, int end, String key, boolean countryOnly, boolean commonWord, boolean blocker) {
        int length() {
            return end - begin;
        }
    }

    private static final Pattern TITLE_ABBREVIATION =
            Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Capt|Lt|Sgt|Prof|Pres|Rev|Sr|Jr)\\. $");

    private static final Set<String> ARTICLES =
            Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "es", "ed", "er", "ul", "adh", "ath");

    /** First letters of the {@link #ARTICLES}. */
    private static final String ARTICLE_INITIALS = articleInitials();

    private static final Comparator<Spot> LEFTMOST_LONGEST = Comparator.comparingInt(Spot::begin)
            .thenComparing(Comparator.comparingInt(Spot::length).reversed());

    private final Gazetteer gazetteer;
    private final WordTrie<String> trie;
    private final Set<String> acronyms;

    NameSpotter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, String> keys = new HashMap<>();
        gazetteer.foldedNames().forEach(k -> keys.put(k, k));
        gazetteer.blockers().forEach(k -> keys.put(k, k));
        this.trie = new WordTrie<>(keys, Character::isLetterOrDigit);
        this.acronyms = new HashSet<>();
        for (Place place : gazetteer.places()) {
            for (String name : place.names()) {
                if (name.length() <= 6 && NameRules.isAllCaps(name)) {
                    acronyms.add(TextFolder.fold(name));
                }
            }
        }
    }

    /** The names written as names in {@code layout}'s text, in text order, not overlapping. */
    List<Spot> spot(TextLayout layout, String folded, char[] foldedChars) {
        String text = layout.text();
        // accept() takes a name only where it is capitalised, after a lower-case article, or on a
        // line in capitals: no need to walk the trie from anywhere else.
        IntPredicate mayBegin = p -> CharClass.isUpperCase(text.charAt(p))
                || opensWithArticle(text, foldedChars, p)
                || layout.isUpperLine(p);
        WordTrie.Matches<String> found = trie.findAll(foldedChars, mayBegin);
        List<Spot> hits = new ArrayList<>(found.size());
        for (int h = 0; h < found.size(); h++) {
            Spot spot = accept(layout, folded, found.begin(h), found.end(h), found.value(h));
            if (spot != null) {
                hits.add(spot);
            }
        }
        List<Spot> selected = leftmostLongest(hits);
        List<Spot> result = new ArrayList<>(selected.size());
        for (Spot spot : selected) {
            if (!spot.blocker() && !isPartOfLongerName(layout, spot)) {
                result.add(spot);
            }
        }
        return result;
    }

    /**
     * Whether the word at {@code p} is a lower-case article before a capital ({@code al-Bab}), as
     * {@link #startsWithCapital} asks of a hit that starts with a small letter. Most words are no
     * article, and a look at the first letter and the next three chars tells.
     */
    private static boolean opensWithArticle(String text, char[] folded, int p) {
        if (ARTICLE_INITIALS.indexOf(folded[p]) < 0) {
            return false;
        }
        int limit = Math.min(p + 3, folded.length - 2);
        for (int space = p + 1; space <= limit; space++) {
            if (folded[space] == ' ') {
                return CharClass.isUpperCase(text.charAt(space + 1))
                        && ARTICLES.contains(new String(folded, p, space - p));
            }
        }
        return false;
    }

    private static String articleInitials() {
        StringBuilder initials = new StringBuilder();
        for (String article : ARTICLES) {
            if (initials.indexOf(article.substring(0, 1)) < 0) {
                initials.append(article.charAt(0));
            }
        }
        return initials.toString();
    }

    /** Whether a whole-word hit is written as a name. */
    private Spot accept(TextLayout layout, String folded, int begin, int end, String key) {
        String text = layout.text();
        boolean blocker = gazetteer.blockers().contains(key);
        boolean upperLine = layout.isUpperLine(begin);
        if (!upperLine && !startsWithCapital(text, folded, begin, end)) {
            return null;
        }
        boolean allCaps = layout.isAllCaps(begin, end);
        if (acronyms.contains(key)) {
            if (!allCaps) {
                return null;
            }
        } else if (allCaps && !upperLine && !layout.isInDateline(begin, end)) {
            return null;
        }
        // A common word where capitals say nothing keeps only its country readings, and none when
        // it names no country; the matcher gives it back its other readings when the document
        // writes the same name as a name elsewhere.
        boolean countryOnly = !blocker && gazetteer.isCommonWord(key) && layout.isCapitalisationUninformative(begin);
        if (followsArticle(text, begin) || CurrencySigns.prefixesDollarSign(text, end)) {
            return null;
        }
        return new Spot(begin, end, key, countryOnly, gazetteer.isCommonWord(key), blocker);
    }

    private static boolean namesCountry(List<Gazetteer.NameEntry> entries) {
        for (Gazetteer.NameEntry e : entries) {
            if (e.place().kind() == PlaceKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first letter is a capital; a leading lower-case Arabic article is allowed when the word
     * after it is capitalised ({@code al-Bab}).
     */
    private static boolean startsWithCapital(String text, String folded, int begin, int end) {
        if (CharClass.isUpperCase(text.charAt(begin))) {
            return true;
        }
        int space = folded.indexOf(' ', begin);
        return space > begin
                && space + 1 < end
                && ARTICLES.contains(folded.substring(begin, space))
                && CharClass.isUpperCase(text.charAt(space + 1));
    }

    /** {@code Sham} in {@code Tahrir al-Sham}: the article makes it part of another name. */
    private static boolean followsArticle(String text, int begin) {
        if (begin < 3 || text.charAt(begin - 1) != '-') {
            return false;
        }
        int b = begin - 1;
        while (b > 0 && CharClass.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return ARTICLES.contains(text.substring(b, begin - 1));
    }

    private static List<Spot> leftmostLongest(List<Spot> hits) {
        hits.sort(LEFTMOST_LONGEST);
        List<Spot> selected = new ArrayList<>();
        int covered = 0;
        for (Spot hit : hits) {
            if (hit.begin() >= covered) {
                selected.add(hit);
                covered = hit.end();
            } else if (!selected.isEmpty()) {
                Spot last = selected.get(selected.size() - 1);
                if (hit.begin() > last.begin() && hit.end() > last.end() && hit.length() > last.length()) {
                    // A longer name starting inside the previous one wins: "Ras al-Ain" over "Ras".
                    selected.set(selected.size() - 1, hit);
                    covered = hit.end();
                }
            }
        }
        return selected;
    }

    /**
     * True when the name continues a run of capitalised words: {@code Munich Security
     * Conference}, {@code Vladimir Putin}, {@code Andrew Jackson}, {@code Mr Jackson}. A type word
     * or a local office after it ({@code Paris Mayor}) does not continue the name. Headlines in
     * capitals or Title Case say nothing either way.
     */
    private static boolean isPartOfLongerName(TextLayout layout, Spot spot) {
        if (layout.isUpperLine(spot.begin()) || layout.isTitleLine(spot.begin())) {
            return false;
        }
        String text = layout.text();
        TextLayout.Span next = layout.nextWord(spot.end());
        if (next != null && CharClass.isUpperCase(text.charAt(next.begin()))) {
            String word = text.substring(next.begin(), next.end()).toLowerCase(Locale.ROOT);
            if (!Words.ADMIN_AFTER.contains(word)
                    && !Words.CITY_AFTER.contains(word)
                    && !Words.LOCAL_OFFICES.contains(word)
                    && !Words.isCalendarWord(word)
                    && !layout.isAllCaps(next.begin(), next.end())
                    && !isPortfolioTitle(layout, next)) {
                return true;
            }
        }
        int window = Math.max(0, spot.begin() - 6);
        if (hasFullStop(text, window, spot.begin())
                && TITLE_ABBREVIATION
                        .matcher(text.substring(window, spot.begin()))
                        .find()) {
            return true; // "Mr. Houston", "Gen. Jackson"
        }
        TextLayout.Span previous = layout.previousWord(spot.begin());
        if (previous == null || !CharClass.isUpperCase(text.charAt(previous.begin()))) {
            return false;
        }
        if (spot.commonWord()
                && (!layout.isSentenceStart(previous.begin())
                        || text.startsWith("The", previous.begin()) && previous.end() - previous.begin() == 3)) {
            return true; // "Verizon Mobile", "The Eagle": a word inside a name, not a place
        }
        return continuesName(layout, previous);
    }

    /**
     * Whether the capitalised word {@code portfolio} and a title after it follow the name ({@code
     * NSW Transport Minister}, {@code Texas Agriculture Commissioner}): the place is the office's
     * jurisdiction, not part of a longer name.
     */
    private static boolean isPortfolioTitle(TextLayout layout, TextLayout.Span portfolio) {
        TextLayout.Span title = layout.nextWord(portfolio.end());
        if (title == null || title.begin() != portfolio.end() + 1) {
            return false;
        }
        String word = layout.text().substring(title.begin(), title.end()).toLowerCase(Locale.ROOT);
        return PORTFOLIO_TITLES.contains(word);
    }

    /** Titles written after a portfolio: {@code Transport Minister}, {@code Health Secretary}. */
    private static final Set<String> PORTFOLIO_TITLES =
            Set.of("minister", "secretary", "commissioner", "treasurer", "spokesman", "spokeswoman");

    /** Whether a full stop lies in [from, to): a cheap test before the title abbreviation pattern. */
    private static boolean hasFullStop(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesName(TextLayout layout, TextLayout.Span previous) {
        String text = layout.text();
        String word = text.substring(previous.begin(), previous.end());
        String lower = word.toLowerCase(Locale.ROOT);
        if (previous.begin() > 0) {
            char before = text.charAt(previous.begin() - 1);
            if (before == '-' || before == '\'' || before == '’') {
                return false; // "Turkey-backed", "Syria’s"
            }
        }
        if (Words.PERSON_TITLES.contains(lower)) {
            return true;
        }
        if (Words.NAME_QUALIFIERS.contains(lower)
                || Words.isCalendarWord(lower)
                || Words.looksLikeDemonym(word)
                || lower.endsWith("i") // Iraqi Kurdistan, Saudi Riyadh
                || layout.isAllCaps(previous.begin(), previous.end())) {
            return false;
        }
        if (layout.isSentenceStart(previous.begin())) {
            return !Words.FUNCTION_WORDS.contains(lower) && !Words.looksLikeModifier(word);
        }
        return true;
    }
}
