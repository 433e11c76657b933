package org.corpusqa.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentDateTest {
    @Test
    void readsTheIsoForms() {
        assertThat(DocumentDate.parse("2020")).isEqualTo(new DocumentDate(2020, 0));
        assertThat(DocumentDate.parse("2020-02")).isEqualTo(new DocumentDate(2020, 2));
        assertThat(DocumentDate.parse("2020-02-15")).isEqualTo(new DocumentDate(2020, 2));
    }

    @Test
    void treatsMissingOrMalformedDatesAsUnknown() {
        assertThat(DocumentDate.parse(null).isKnown()).isFalse();
        assertThat(DocumentDate.parse("").isKnown()).isFalse();
        assertThat(DocumentDate.parse("Feb 2020").isKnown()).isFalse();
        assertThat(DocumentDate.parse("2020-13")).isEqualTo(new DocumentDate(2020, 0));
    }

    @Test
    void readsOnlyDigitsAtTheirPlaces() {
        assertThat(DocumentDate.parse("20x0").isKnown()).isFalse();
        assertThat(DocumentDate.parse("x020").isKnown()).isFalse();
        assertThat(DocumentDate.parse("2020-1x")).isEqualTo(new DocumentDate(2020, 0));
        assertThat(DocumentDate.parse("2020/02")).isEqualTo(new DocumentDate(2020, 0));
        assertThat(DocumentDate.parse(" 2020-00 ")).isEqualTo(new DocumentDate(2020, 0));
        assertThat(DocumentDate.parse("0000").isKnown()).isFalse();
    }

    @Test
    void givesTheDocumentYearWhenOnlyTheYearIsKnown() {
        assertThat(DocumentDate.parse("2019").yearOf(12)).isEqualTo(2019);
    }

    @Test
    void putsTheMonthBetweenEightMonthsBeforeAndFourAfterTheDocument() {
        DocumentDate february = DocumentDate.parse("2020-02");
        assertThat(february.yearOf(2)).isEqualTo(2020);
        assertThat(february.yearOf(6)).isEqualTo(2020);
        assertThat(february.yearOf(7)).isEqualTo(2019);
        assertThat(february.yearOf(12)).isEqualTo(2019);
        DocumentDate november = DocumentDate.parse("2023-11");
        assertThat(november.yearOf(3)).isEqualTo(2023);
        assertThat(november.yearOf(2)).isEqualTo(2024);
    }

    @Test
    void givesNoYearWhenTheDocumentDateIsUnknown() {
        assertThat(DocumentDate.UNKNOWN.yearOf(5)).isZero();
    }
}
