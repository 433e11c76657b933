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
     *
     * <p>The digits are read at their fixed places, without loops or {@link Integer#parseInt}: this
     * runs once per document inside the annotator's compiled code, and the loop speculations C2
     * made from the shared profile of {@code parseInt} failed now and then, each time throwing
     * away and recompiling the whole annotator (four recompilations of 0.6 s in a 20k run).
     */
    static DocumentDate parse(String iso) {
        if (iso == null) {
            return UNKNOWN;
        }
        String s = iso.strip();
        int year = s.length() < 4 ? -1 : twoDigits(s, 0) * 100 + twoDigits(s, 2);
        if (year < 0) {
            return UNKNOWN;
        }
        int month = s.length() >= 7 && s.charAt(4) == '-' ? twoDigits(s, 5) : 0;
        return new DocumentDate(year, month >= 1 && month <= 12 ? month : 0);
    }

    /** The number written with the two digits at {@code i}; negative when either is no digit. */
    private static int twoDigits(String s, int i) {
        int tens = s.charAt(i) - '0';
        int ones = s.charAt(i + 1) - '0';
        return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -10_000;
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
