package org.corpusqa.actors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days a document date stands for: one day ({@code 2020-02-15}) or a whole month ({@code
 * 2020-02}), since a role held on any day of the month may be the one the text means.
 */
public record DocumentDate(LocalDate first, LocalDate last) {

    /** Parses ISO {@code YYYY-MM-DD} or {@code YYYY-MM}; empty for blank or malformed values. */
    public static Optional<DocumentDate> parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String s = iso.strip();
        try {
            if (s.length() == 7) {
                YearMonth month = YearMonth.parse(s);
                return Optional.of(new DocumentDate(month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = LocalDate.parse(s);
            return Optional.of(new DocumentDate(day, day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static DocumentDate of(LocalDate day) {
        return new DocumentDate(day, day);
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : YearMonth.from(first).toString();
    }
}
