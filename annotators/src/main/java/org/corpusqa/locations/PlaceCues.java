package org.corpusqa.locations;

/**
 * Reads the type word that news writes next to a place name: {@code Idlib province}, {@code
 * province of Idlib}, {@code the Idlib region} say ADMIN; {@code city of Sochi}, {@code the town of
 * Saraqeb}, {@code Aleppo city} say CITY. Works on the folded text, so case does not matter.
 */
final class PlaceCues {

    private PlaceCues() {}

    /** The kind the words around {@code [begin, end)} call for, or {@code null} when they are silent. */
    static PlaceKind cue(String folded, int begin, int end) {
        String after = wordAfter(folded, end);
        if (after != null) {
            if (Words.ADMIN_AFTER.contains(after)) {
                return PlaceKind.ADMIN;
            }
            if (Words.CITY_AFTER.contains(after)) {
                return PlaceKind.CITY;
            }
        }
        int ofEnd = skipBack(folded, begin);
        if (ofEnd >= 2 && folded.startsWith("of", ofEnd - 2) && isWordStart(folded, ofEnd - 2)) {
            String type = wordBefore(folded, ofEnd - 2);
            if (Words.ADMIN_BEFORE_OF.contains(type)) {
                return PlaceKind.ADMIN;
            }
            if (Words.CITY_BEFORE_OF.contains(type) && !type.equals("capital")) {
                return PlaceKind.CITY;
            }
            return null;
        }
        String before = wordBefore(folded, begin);
        if (before.equals("capital")) {
            return PlaceKind.CITY; // "the capital Damascus", "the capital, Kabul"
        }
        return null;
    }

    /** The lower-case word after {@code end}, past one space; possessive {@code 's} skipped. */
    static String wordAfter(String folded, int end) {
        int i = end;
        if (i + 1 < folded.length() && folded.charAt(i) == '\'' && folded.charAt(i + 1) == 's') {
            i += 2;
        }
        if (i >= folded.length() || folded.charAt(i) != ' ') {
            return null;
        }
        int b = i + 1;
        int e = b;
        while (e < folded.length() && Character.isLetter(folded.charAt(e))) {
            e++;
        }
        return e > b ? folded.substring(b, e) : null;
    }

    /** The lower-case word ending before {@code pos}, past spaces and a comma; empty if none. */
    static String wordBefore(String folded, int pos) {
        int e = skipBack(folded, pos);
        int b = e;
        while (b > 0 && Character.isLetter(folded.charAt(b - 1))) {
            b--;
        }
        return folded.substring(b, e);
    }

    private static int skipBack(String folded, int pos) {
        int i = pos;
        while (i > 0 && (folded.charAt(i - 1) == ' ' || folded.charAt(i - 1) == ',')) {
            i--;
        }
        return i;
    }

    private static boolean isWordStart(String folded, int pos) {
        return pos == 0 || !Character.isLetter(folded.charAt(pos - 1));
    }
}
