package org.corpusqa.registry;

import java.time.LocalDate;

/**
 * An office held by an actor for a time: {@code president} of {@code TR} from 2014-08-28. Titles
 * such as "the Turkish president" resolve to the holder on the document's date.
 *
 * @param office the office in lower case, as written in the registry ({@code foreign minister})
 * @param country ISO 3166-1 alpha-2 code of the country whose office it is
 * @param from first day in office (inclusive)
 * @param to first day out of office (exclusive), or {@code null} while the role still holds
 */
public record Role(String office, String country, LocalDate from, LocalDate to) {

    /** Whether the role held on the given day. */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }

    /**
     * Whether the role held at any time within [first, last]: a document dated only by month
     * (2020-02) counts as the whole month.
     */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !last.isBefore(from) && (to == null || first.isBefore(to));
    }
}
