package org.corpusqa.locations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds places the gazetteers do not know, where the words around a capitalised name leave no
 * doubt that it is a place: {@code the town of X}, {@code the village of X}, {@code the city of
 * X}, {@code the province of X}, {@code residents of X}, {@code the outskirts of X}, {@code X province}, {@code X governorate}, {@code near X}. They
 * become unresolved Locations, to be added to the project gazetteer or suppressed.
 *
 * <p>The town in capitals that opens a dateline ({@code LUSAIL, Qatar —}) is a place too.
 *
 * <p>Kept narrow on purpose, since every hit fails the quality gate until someone acts on it: the
 * name must be capitalised where capitals mean something (not in a headline), and must not be a
 * month, weekday or holiday ({@code near Christmas}), a function word ({@code This province}), a
 * direction ({@code Northern province}), a title ({@code near President …}), a word in capitals,
 * shaped like a demonym ({@code near Turkish positions}), or a street, building or venue ({@code
 * near Rio Salado Parkway}, GUIDELINES: places are countries, regions, cities and towns); after
 * {@code near} it must not be used as an adjective ({@code near Hezbollah positions}).
 */
final class UnknownPlaceFinder {

    /** Cue words followed by {@code of} and the name: {@code the town of X}. */
    private static final String[] OF_CUES = {
        "town", "village", "city", "province", "governorate", "residents", "suburb", "outskirts", "district", "county"
    };

    /** Cue words that follow the name: {@code X province}. */
    private static final String[] AFTER_CUES = {"province", "governorate", "county", "parish"};

    private static final String[] SPACED_AFTER_CUES =
            Arrays.stream(AFTER_CUES).map(cue -> " " + cue).toArray(String[]::new);

    /** Lower-case particles inside place names: {@code Maarat al-Numan}, {@code Rio de Janeiro}. */
    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "ad", "ar", "ash", "az", "ez", "es", "ed", "er", "ul", "ibn", "bin", "de", "del", "da", "di",
            "dos", "das", "la", "le", "les", "los", "van", "von", "der", "den");

    private static final int MAX_WORDS = 4;

    /** How many lines of the body, after the title, may hold the dateline. */
    private static final int DATELINE_LINES = 3;

    private static final Pattern DATE_LINE = Pattern.compile("date \\d{4}-\\d{2}(?:-\\d{2})?\\s*");

    /** Words in capitals that open a line like a dateline but name no place. */
    private static final Set<String> NOT_DATELINES = Set.of(
            "breaking",
            "breaking news",
            "update",
            "updated",
            "exclusive",
            "analysis",
            "opinion",
            "editorial",
            "comment",
            "watch",
            "live",
            "factbox",
            "explainer",
            "correction",
            "urgent",
            "flash",
            "news",
            "photos",
            "video");

    private UnknownPlaceFinder() {}

    /**
     * Unresolved places in the text.
     *
     * @param taken spans already claimed by gazetteer names, sorted and not overlapping
     */
    static List<LocationMatch> find(TextLayout layout, String folded, List<TextLayout.Span> taken) {
        return find(layout, folded, taken, List.of());
    }

    /**
     * Unresolved places in the text, also towns placed by the first-level division after them
     * ({@code Cushing, Oklahoma}, {@code Mallacoota, Victoria}): the way news names a small place.
     *
     * @param taken spans already claimed by gazetteer names, sorted and not overlapping
     * @param divisions first-level divisions the gazetteer found in the text
     */
    static List<LocationMatch> find(
            TextLayout layout, String folded, List<TextLayout.Span> taken, List<TextLayout.Span> divisions) {
        List<LocationMatch> result = new ArrayList<>();
        for (int comma = folded.indexOf(", "); comma > 0; comma = folded.indexOf(", ", comma + 2)) {
            String cue = appositionCue(layout.text(), folded, comma + 2);
            if (cue == null || layout.isUpperLine(comma) || layout.isTitleLine(comma)) {
                continue;
            }
            TextLayout.Span name = nameBefore(layout, comma);
            if (name != null && !overlaps(taken, name) && isPlausible(layout, name, cue)) {
                result.add(
                        new LocationMatch(name.begin(), name.end(), null, PlaceKind.CITY, List.of(), "unknown:" + cue));
            }
        }
        for (TextLayout.Span division : divisions) {
            TextLayout.Span town = townBefore(layout, division);
            if (town != null && !overlaps(taken, town) && isPlausible(layout, town, "of division")) {
                result.add(
                        new LocationMatch(town.begin(), town.end(), null, PlaceKind.CITY, List.of(), "unknown:town"));
            }
        }
        for (Cue c = nextCue(folded, 0); c != null; c = nextCue(folded, c.end())) {
            if (layout.isUpperLine(c.start()) || layout.isTitleLine(c.start())) {
                continue;
            }
            String cue = c.cue();
            TextLayout.Span name = c.nameBefore() ? nameBefore(layout, c.start()) : nameAfter(layout, c.end());
            if (name != null && !overlaps(taken, name) && isPlausible(layout, name, cue)) {
                result.add(
                        new LocationMatch(name.begin(), name.end(), null, kindFor(cue), List.of(), "unknown:" + cue));
            }
        }
        TextLayout.Span dateline = datelinePlace(layout);
        if (dateline != null && !overlaps(taken, dateline)) {
            result.add(new LocationMatch(
                    dateline.begin(), dateline.end(), null, PlaceKind.CITY, List.of(), "unknown:dateline"));
        }
        return withoutOverlaps(result);
    }

    /** The matches in text order, each span once: two cues may name the same place ({@code near Buras, a town}). */
    private static List<LocationMatch> withoutOverlaps(List<LocationMatch> matches) {
        matches.sort(Comparator.comparingInt(LocationMatch::begin));
        List<LocationMatch> result = new ArrayList<>(matches.size());
        int end = -1;
        for (LocationMatch m : matches) {
            if (m.begin() >= end) {
                result.add(m);
                end = m.end();
            }
        }
        return result;
    }

    /**
     * The town in capitals that opens the first lines of the body, before a comma, bracket, colon
     * or dash ({@code LUSAIL, Qatar —}, {@code LA MALBAIE, Quebec —}): where the story was filed,
     * a place even when it is too small for the gazetteer. The title line (and a {@code date}
     * line) is skipped, as are words that open a line in capitals without naming a place ({@code
     * BREAKING:}, {@code UPDATE -}). Null when there is none.
     */
    static TextLayout.Span datelinePlace(TextLayout layout) {
        String text = layout.text();
        int lines = 0;
        int pos = 0;
        boolean titleSeen = false;
        while (pos < text.length() && lines < DATELINE_LINES) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            int start = pos;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            pos = end + 1;
            if (start == end) {
                continue;
            }
            if (!titleSeen) {
                titleSeen = !DATE_LINE.matcher(text.substring(start, end)).matches();
                continue;
            }
            lines++;
            TextLayout.Span span = capitalsRun(text, start, end);
            if (span != null && layout.isInDateline(span.begin(), span.end())) {
                return span;
            }
        }
        return null;
    }

    /** Words in capitals from {@code start}, up to three, followed by a dateline mark. */
    private static TextLayout.Span capitalsRun(String text, int start, int lineEnd) {
        int i = start;
        int words = 0;
        int letters = 0;
        int runEnd = start;
        while (i < lineEnd && words < MAX_WORDS - 1) {
            int e = i;
            while (e < lineEnd && (Character.isUpperCase(text.charAt(e)) || "'’.-".indexOf(text.charAt(e)) >= 0)) {
                if (Character.isLetter(text.charAt(e))) {
                    letters++;
                }
                e++;
            }
            if (e == i || e < lineEnd && Character.isLetterOrDigit(text.charAt(e))) {
                return null; // a lower-case letter or a digit: no run of capitals
            }
            words++;
            runEnd = e;
            if (e + 1 < lineEnd && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))) {
                i = e + 1;
            } else {
                break;
            }
        }
        if (letters < 3 || runEnd >= lineEnd || !isDatelineMark(text, runEnd, lineEnd)) {
            return null;
        }
        String value = text.substring(start, runEnd).toLowerCase(Locale.ROOT);
        return NOT_DATELINES.contains(value) ? null : new TextLayout.Span(start, runEnd);
    }

    private static boolean isDatelineMark(String text, int i, int lineEnd) {
        char c = text.charAt(i);
        if (c == ',' || c == ':') {
            return true;
        }
        return c == ' ' && i + 1 < lineEnd && "(—–-".indexOf(text.charAt(i + 1)) >= 0;
    }

    /**
     * One cue in the folded text: [start, end) covers {@code town of }, {@code near } (with the
     * space after) or {@code  province} (with the space before); {@code cue} is {@code town of},
     * {@code near}, {@code province}...; {@code nameBefore} when the name precedes the cue.
     */
    record Cue(int start, int end, String cue, boolean nameBefore) {}

    /**
     * The first cue at or after {@code from}: a whole word {@code town|village|city|province|
     * governorate} followed by {@code " of "}, or {@code near} followed by a space, either before
     * a non-space; or a space after a non-space followed by the whole word {@code province} or
     * {@code governorate} that is not followed by the word {@code of}. This is what the pattern
     * {@code \b(?:(town|village|city|province|governorate) of|(near)) (?=\S)|(?<=\S)
     * (province|governorate)\b(?! of\b)} found, word boundaries included, scanned by hand because
     * the regex tried its alternatives at every position of every document and was the slowest
     * step of place matching. Each kind of cue is looked for with {@link String#indexOf}, which
     * skips the text between the few places where one may stand much faster than a test of
     * every char did, and the first of them wins.
     */
    static Cue nextCue(String folded, int from) {
        Cue first = nextOfCue(folded, from);
        first = earlier(first, nextNearCue(folded, from));
        for (String spaced : SPACED_AFTER_CUES) {
            first = earlier(first, nextCueAfterName(folded, from, spaced));
        }
        return first;
    }

    private static Cue earlier(Cue a, Cue b) {
        return a == null || b != null && b.start() < a.start() ? b : a;
    }

    /**
     * The first {@code town of X} cue at or after {@code from}. A cue word ends where {@code " of "}
     * starts; no cue word ends another, so one {@code " of "} has at most one cue word before it.
     */
    private static Cue nextOfCue(String s, int from) {
        for (int of = s.indexOf(" of ", from); of >= 0; of = s.indexOf(" of ", of + 1)) {
            for (String word : OF_CUES) {
                int i = of - word.length();
                if (i >= from && s.startsWith(word, i)) {
                    Cue cue = cueBeforeName(s, i, word);
                    if (cue != null) {
                        return cue;
                    }
                    break;
                }
            }
        }
        return null;
    }

    private static Cue nextNearCue(String s, int from) {
        for (int i = s.indexOf("near ", from); i >= 0; i = s.indexOf("near ", i + 1)) {
            Cue cue = nearCue(s, i);
            if (cue != null) {
                return cue;
            }
        }
        return null;
    }

    /** The first {@code X province} cue at or after {@code from}; {@code spaced} is {@code " province"}... */
    private static Cue nextCueAfterName(String s, int from, String spaced) {
        for (int i = s.indexOf(spaced, from); i >= 0; i = s.indexOf(spaced, i + 1)) {
            Cue cue = cueAfterName(s, i);
            if (cue != null) {
                return cue;
            }
        }
        return null;
    }

    /** {@code town of X}: the cue word {@code word} and {@code " of "} start at {@code i}. */
    private static Cue cueBeforeName(String s, int i, String word) {
        if (isWordBefore(s, i)) {
            return null;
        }
        int end = i + word.length() + 4;
        return end < s.length() && !isRegexSpace(s.charAt(end)) ? new Cue(i, end, word + " of", false) : null;
    }

    /** {@code near X}: {@code "near "} starts at {@code i}. */
    private static Cue nearCue(String s, int i) {
        if (i + 5 < s.length() && !isRegexSpace(s.charAt(i + 5)) && !isWordBefore(s, i)) {
            return new Cue(i, i + 5, "near", false);
        }
        return null;
    }

    /** {@code X province}: the space at {@code i} comes right after the name. */
    private static Cue cueAfterName(String s, int i) {
        if (i == 0 || isRegexSpace(s.charAt(i - 1))) {
            return null;
        }
        for (String word : AFTER_CUES) {
            int end = i + 1 + word.length();
            if (s.startsWith(word, i + 1)) {
                boolean ofFollows = s.startsWith(" of", end) && !isWordAt(s, end + 3);
                return !isWordAt(s, end) && !ofFollows ? new Cue(i, end, word, true) : null;
            }
        }
        return null;
    }

    /** Whitespace as the regex {@code \s} means it. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether the char before {@code i} is a word char as the regex {@code \b} sees it: a letter,
     * digit or underscore, or a combining mark on one.
     */
    private static boolean isWordBefore(String s, int i) {
        if (i == 0) {
            return false;
        }
        int cp = s.codePointBefore(i);
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int x = i - 1; x >= 0; x--) {
            int ch = s.codePointAt(x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the char at {@code i}, right after a word, continues it as the regex {@code \b}
     * sees it (a combining mark there always sits on that word).
     */
    private static boolean isWordAt(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        int cp = s.codePointAt(i);
        return cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static PlaceKind kindFor(String cue) {
        if (cue.startsWith("province")
                || cue.startsWith("governorate")
                || cue.startsWith("district")
                || cue.startsWith("county")
                || cue.startsWith("parish")) {
            return PlaceKind.ADMIN;
        }
        return cue.equals("near") ? PlaceKind.OTHER : PlaceKind.CITY;
    }

    /** Capitalised words from {@code pos} on: {@code Saraqeb}, {@code Maarat al-Numan}. */
    private static TextLayout.Span nameAfter(TextLayout layout, int pos) {
        String text = layout.text();
        int end = pos;
        int words = 0;
        int i = pos;
        while (words < MAX_WORDS) {
            int wordEnd = wordEnd(text, i);
            if (wordEnd == i) {
                break;
            }
            boolean capitalised = isCapitalisedWord(text, i, wordEnd);
            if (!capitalised && !(words > 0 && isParticle(text, i, wordEnd) && nextIsCapitalised(text, wordEnd))) {
                break;
            }
            if (capitalised) {
                end = trimSuffix(text, i, wordEnd);
            }
            words++;
            if (end < wordEnd || wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
                break;
            }
            i = wordEnd + 1;
        }
        return end > pos ? new TextLayout.Span(pos, end) : null;
    }

    /** Capitalised words ending right before {@code pos}: {@code Hasakah} in {@code Hasakah province}. */
    private static TextLayout.Span nameBefore(TextLayout layout, int pos) {
        String text = layout.text();
        int begin = pos;
        int words = 0;
        int e = pos;
        while (words < MAX_WORDS && e > 0) {
            int b = e;
            while (b > 0 && isWordChar(text.charAt(b - 1))) {
                b--;
            }
            if (b == e) {
                break;
            }
            if (isCapitalisedWord(text, b, e)) {
                begin = b;
            } else if (!isParticle(text, b, e)) {
                break;
            }
            words++;
            if (b < 1 || text.charAt(b - 1) != ' ') {
                break;
            }
            e = b - 1;
        }
        if (begin == pos) {
            return null;
        }
        int wordEnd = wordEnd(text, begin);
        String first = text.substring(begin, wordEnd).toLowerCase(Locale.ROOT);
        if (layout.isSentenceStart(begin) && Words.FUNCTION_WORDS.contains(first)) {
            int next = wordEnd + 1;
            return next < pos ? new TextLayout.Span(next, pos) : null;
        }
        return new TextLayout.Span(begin, pos);
    }

    /**
     * What the words after a comma at {@code from} say of the name before it, or null: {@code
     * north of} ({@code Sriharikota, north of Chennai}) or {@code a town} ({@code Hakone, a
     * hot-spring resort}): the name is a place.
     */
    static String appositionCue(String text, String folded, int from) {
        int end = wordEnd(folded, from);
        String first = folded.substring(from, end);
        if (Words.COMPASS_POINTS.contains(first) && folded.startsWith(" of ", end)) {
            int place = end + 4;
            return place < text.length() && Character.isUpperCase(text.charAt(place)) ? "direction of" : null;
        }
        if (!first.equals("a") && !first.equals("an")) {
            return null;
        }
        int pos = end;
        for (int words = 0; words < 4 && pos < folded.length() && folded.charAt(pos) == ' '; words++) {
            int b = pos + 1;
            int e = wordEnd(folded, b);
            if (e == b) {
                return null;
            }
            if (APPOSITION_PLACES.contains(folded.substring(b, e))) {
                return endsPhrase(folded, e) ? "a town" : null;
            }
            pos = e;
        }
        return null;
    }

    /** Whether a noun phrase ends at {@code e}: punctuation, or a preposition or relative after it. */
    private static boolean endsPhrase(String folded, int e) {
        if (e == folded.length() || folded.charAt(e) != ' ') {
            return e == folded.length() || !Character.isLetter(folded.charAt(e));
        }
        int b = e + 1;
        return PHRASE_ENDS.contains(folded.substring(b, wordEnd(folded, b)));
    }

    /** Words that may follow the head of a place apposition: {@code a fishing town in Plaquemines}. */
    private static final Set<String> PHRASE_ENDS = Set.of(
            "in", "on", "near", "of", "about", "some", "where", "that", "with", "outside", "along", "known", "north",
            "south", "east", "west", "close");

    /** Nouns for populated places in an apposition: {@code Buras, a fishing town}. */
    private static final Set<String> APPOSITION_PLACES =
            Set.of("town", "city", "village", "resort", "suburb", "port", "hamlet", "township");

    /**
     * The capitalised name right before {@code , Division} when the division is followed by a
     * comma, full stop or the end of a clause ({@code Cushing, Oklahoma, are}), not by a
     * possessive or another capitalised word ({@code Smith, Texas's governor}); null otherwise.
     */
    private static TextLayout.Span townBefore(TextLayout layout, TextLayout.Span division) {
        String text = layout.text();
        int comma = division.begin() - 2;
        if (comma < 1 || text.charAt(comma) != ',' || text.charAt(comma + 1) != ' ') {
            return null;
        }
        int after = division.end();
        char next = after < text.length() ? text.charAt(after) : '.';
        if (next != ',' && next != '.' && next != ';' && next != ')' && next != '\n') {
            return null;
        }
        return nameBefore(layout, comma);
    }

    private static boolean isPlausible(TextLayout layout, TextLayout.Span name, String cue) {
        String text = layout.text();
        String value = text.substring(name.begin(), name.end());
        if (layout.isAllCaps(name.begin(), name.end()) || value.length() < 3) {
            return false;
        }
        String[] words = value.split("[ -]");
        String first = words[0].toLowerCase(Locale.ROOT);
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (Words.isCalendarWord(lower) || Words.FUNCTION_WORDS.contains(lower)) {
                return false;
            }
        }
        if (Words.PERSON_TITLES.contains(first) || NameRules.isGeneric(value) || Words.looksLikeDemonym(words[0])) {
            return false;
        }
        if (Words.SITE_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false; // "near Rio Salado Parkway", "near Lusail Stadium": a site, not a place
        }
        if (cue.equals("near")) {
            TextLayout.Span next = layout.nextWord(name.end());
            if (next != null && Character.isLowerCase(text.charAt(next.begin()))) {
                String after = text.substring(next.begin(), next.end());
                if (!Words.FUNCTION_WORDS.contains(after)
                        && !Words.ADMIN_AFTER.contains(after)
                        && !Words.CITY_AFTER.contains(after)) {
                    return false; // "near Hezbollah positions": an adjective, not a place
                }
            }
        }
        return true;
    }

    /** Binary search: {@code taken} is sorted and its spans do not overlap. */
    private static boolean overlaps(List<TextLayout.Span> taken, TextLayout.Span span) {
        int lo = 0;
        int hi = taken.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (taken.get(mid).end() <= span.begin()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < taken.size() && taken.get(lo).begin() < span.end();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    private static int wordEnd(String text, int i) {
        int e = i;
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        while (e > i && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** {@code Saraqeb}, {@code al-Numan} (an article before a capitalised part). */
    private static boolean isCapitalisedWord(String text, int b, int e) {
        if (Character.isUpperCase(text.charAt(b))) {
            return true;
        }
        int hyphen = text.indexOf('-', b);
        return hyphen > b
                && hyphen + 1 < e
                && isParticle(text, b, hyphen)
                && Character.isUpperCase(text.charAt(hyphen + 1));
    }

    private static boolean isParticle(String text, int b, int e) {
        return PARTICLES.contains(text.substring(b, e));
    }

    private static boolean nextIsCapitalised(String text, int wordEnd) {
        return wordEnd + 1 < text.length()
                && text.charAt(wordEnd) == ' '
                && Character.isUpperCase(text.charAt(wordEnd + 1));
    }

    /** Drops a possessive or a lower-case hyphen suffix: {@code Saraqeb’s}, {@code Saraqeb-based}. */
    private static int trimSuffix(String text, int b, int e) {
        for (int i = b + 1; i < e; i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '’') && i + 1 < e && text.charAt(i + 1) == 's' && i + 2 == e) {
                return i;
            }
            if (c == '-' && i + 1 < e && Character.isLowerCase(text.charAt(i + 1)) && i - b > 3) {
                return i;
            }
        }
        return e;
    }
}
