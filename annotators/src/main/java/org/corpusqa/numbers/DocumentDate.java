package org.corpusqa.numbers;

/**
 * The document date as far as it is known, used to give a year to a day written without one
 * ({@code Feb. 11} in a February 2020 article is 2020-02-11).
 *
 * <p>When the document month is known, the year chosen puts the day in a window from eight months
 * before to four months after the document month, because news reports the recent past more often
 * than it announces: a {@code December 28} in a February article is the December before, a {@code
 * March 3} in a November article the March of the same year, a {@code January 5} in a November
 * article the January after. Without a month, the document year is taken as it is.
 */
record DocumentDate(int year, int month) {
    static final DocumentDate UNKNOWN = new DocumentDate(0, 0);

    private static final int MONTHS_BEHIND = 8;
    private static final int MONTHS_AHEAD = 4;

    /**
     * Reads an ISO {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} date; anything else, null or
     * empty gives {@link #UNKNOWN}.
     */
    static DocumentDate parse(String iso) {
        if (iso == null) {
            return UNKNOWN;
        }
        String s = iso.strip();
        if (s.length() < 4 || !digits(s, 0, 4)) {
            return UNKNOWN;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        int month = 0;
        if (s.length() >= 7 && s.charAt(4) == '-' && digits(s, 5, 7)) {
            month = Integer.parseInt(s.substring(5, 7));
            if (month < 1 || month > 12) {
                month = 0;
            }
        }
        return new DocumentDate(year, month);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!TokenSequence.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean isKnown() {
        return year > 0;
    }

    /** The year of a day in {@code mentionMonth} written without a year, or 0 when unknown. */
    int yearOf(int mentionMonth) {
        if (!isKnown()) {
            return 0;
        }
        if (month == 0) {
            return year;
        }
        int distance = mentionMonth - month;
        if (distance > MONTHS_AHEAD) {
            return year - 1;
        }
        if (distance < -MONTHS_BEHIND) {
            return year + 1;
        }
        return year;
    }
}
