package org.corpusqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldTsvReaderTest {

    private static final String HEADER = "type\tbegin\tend\ttext\tattributes\n";

    @Test
    void readsRowsAndDropsNotes() throws GoldException {
        List<AnnotationRecord> records = GoldTsvReader.parse(
                HEADER + "Quote\t67\t79\t‘atrocities’\tquoteKind=PARTIAL;speakerId=trump|white-house;note=a = b\n",
                "000.tsv");

        assertThat(records)
                .containsExactly(new AnnotationRecord(
                        "Quote",
                        67,
                        79,
                        "‘atrocities’",
                        Records.attributes("quoteKind=PARTIAL;speakerId=trump|white-house")));
    }

    @Test
    void acceptsARowWithoutAttributesBlankLinesAndAByteOrderMark() throws GoldException {
        List<AnnotationRecord> records =
                GoldTsvReader.parse("\uFEFF" + HEADER + "\nActor\t0\t5\tPutin\n\r\nActor\t6\t9\tHTS\t\n", "a.tsv");

        assertThat(records).extracting(AnnotationRecord::text).containsExactly("Putin", "HTS");
        assertThat(records.get(0).attributes()).isEmpty();
    }

    @Test
    void keepsAnEmptyValueAsUnresolved() throws GoldException {
        List<AnnotationRecord> records = GoldTsvReader.parse(HEADER + "Actor\t0\t5\tOktay\tentityId=\n", "a.tsv");

        assertThat(records.get(0).attributes()).containsEntry("entityId", "");
    }

    @Test
    void rejectsAFileWithoutTheHeader() {
        assertThatThrownBy(() -> GoldTsvReader.parse("Actor\t0\t5\tPutin\t\n", "a.tsv"))
                .isInstanceOf(GoldException.class)
                .hasMessageStartingWith("a.tsv:1: expected the header");
    }

    @Test
    void rejectsAnUnknownTypeWithFileAndLine() {
        assertThatThrownBy(() -> GoldTsvReader.parse(HEADER + "Actor\t0\t5\tPutin\t\nPerson\t6\t9\tHTS\t\n", "a.tsv"))
                .isInstanceOf(GoldException.class)
                .hasMessage("a.tsv:3: unknown type 'Person', expected one of [Actor, Location, Number, Quote]");
    }

    @Test
    void rejectsBadOffsets() {
        assertThatThrownBy(() -> GoldTsvReader.parse(HEADER + "Actor\tx\t5\tPutin\t\n", "a.tsv"))
                .hasMessage("a.tsv:2: begin offset is not a number: 'x'");
        assertThatThrownBy(() -> GoldTsvReader.parse(HEADER + "Actor\t5\t0\tPutin\t\n", "a.tsv"))
                .hasMessage("a.tsv:2: end 0 is before begin 5");
    }

    @Test
    void rejectsAttributesThatAreNotKeyValuePairs() {
        assertThatThrownBy(() -> GoldTsvReader.parse(HEADER + "Actor\t0\t5\tPutin\tkind=PERSON;putin\n", "a.tsv"))
                .hasMessage("a.tsv:2: attribute 'putin' is not key=value");
        assertThatThrownBy(() -> GoldTsvReader.parse(HEADER + "Actor\t0\t5\tPutin\tkind=A;kind=B\n", "a.tsv"))
                .hasMessage("a.tsv:2: attribute 'kind' given twice");
    }

    @Test
    void rejectsAWrongNumberOfFields() {
        assertThatThrownBy(() -> GoldTsvReader.parse(HEADER + "Actor\t0\t5\n", "a.tsv"))
                .hasMessageStartingWith("a.tsv:2: expected 5 tab-separated fields");
    }
}
