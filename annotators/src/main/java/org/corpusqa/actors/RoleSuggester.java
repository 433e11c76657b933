package org.corpusqa.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the title written right before an unknown name ({@code Turkish Vice-President Fuat
 * Oktay}) as a role the registry could record: the office, the country of the demonym before it,
 * and the document's date as a day the role held. The draft registry offers it as a suggestion
 * for a person to check; it never becomes a role by itself.
 */
public final class RoleSuggester {
    private static final int MAX_WORDS = 5;

    private RoleSuggester() {}

    /**
     * A role seen in the text.
     *
     * @param title the title as written, e.g. {@code Turkish Vice-President}
     * @param office the registry office, e.g. {@code vice president}
     * @param country ISO code from a demonym or country name before the office, or empty
     * @param seenOn the document date, or empty
     */
    public record Suggestion(String title, String office, String country, String seenOn) {

        /** The role as registry YAML, with the document date as {@code from}. */
        public String toYaml() {
            return "{office: " + office + (country.isEmpty() ? "" : ", country: " + country)
                    + (seenOn.isEmpty() ? "" : ", from: " + seenOn) + "}";
        }
    }

    /** The role written right before the name starting at {@code nameBegin}, if any. */
    public static Optional<Suggestion> suggest(String text, int nameBegin, String documentDate) {
        List<int[]> words = wordsBefore(text, nameBegin);
        Offices offices = Offices.get();
        for (int count = Math.min(words.size(), offices.longest()); count >= 1; count--) {
            int begin = words.get(count - 1)[0];
            String title = text.substring(begin, words.get(0)[1]);
            Optional<Offices.Wording> wording = offices.lookup(Offices.normalise(title));
            if (wording.isPresent() && !wording.get().plural()) {
                String country = "";
                int titleBegin = begin;
                if (count < words.size()) {
                    int[] before = words.get(count);
                    Set<String> codes = Countries.embedded().codesOfDemonym(text.substring(before[0], before[1]));
                    if (codes.size() == 1) {
                        country = codes.iterator().next();
                        titleBegin = before[0];
                    }
                }
                return Optional.of(new Suggestion(
                        text.substring(titleBegin, words.get(0)[1]),
                        wording.get().office(),
                        country,
                        documentDate == null ? "" : documentDate));
            }
        }
        return Optional.empty();
    }

    /** Words before the offset on the same line, nearest first, stopping at punctuation. */
    private static List<int[]> wordsBefore(String text, int offset) {
        List<int[]> words = new ArrayList<>();
        int i = offset;
        while (words.size() < MAX_WORDS) {
            while (i > 0 && text.charAt(i - 1) == ' ') {
                i--;
            }
            int end = i;
            while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
                i--;
            }
            if (i == end) {
                break;
            }
            words.add(new int[] {i, end});
        }
        return words;
    }
}
