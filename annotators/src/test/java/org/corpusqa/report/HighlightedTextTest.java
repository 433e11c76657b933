package org.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corpusqa.report.HighlightedText.MarginNote;
import org.corpusqa.report.HighlightedText.Mark;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {

    private static Mark mark(int begin, int end, int rank, String cssClass) {
        return new Mark(begin, end, rank, cssClass, "", null, null);
    }

    /** The rendering with each line's frame shortened to {@code [margin|text]}. */
    private static String render(String text, List<Mark> marks, List<MarginNote> notes) {
        StringBuilder out = new StringBuilder();
        HighlightedText.render(text, marks, notes, out);
        return out.toString()
                .replaceAll(
                        "<div class=\"line\" id=\"L\\d+\"><span class=\"margin\">(.*?)</span><span class=\"text\">",
                        "[$1|")
                .replace("</span></div>\n", "]");
    }

    private static String render(String text, Mark... marks) {
        return render(text, List.of(marks), List.of());
    }

    @Test
    void writesOneFramedLinePerTextLine() {
        StringBuilder out = new StringBuilder();
        HighlightedText.render("ab\ncd", List.of(), List.of(), out);

        assertThat(out.toString())
                .isEqualTo(
                        "<div class=\"line\" id=\"L1\"><span class=\"margin\"></span><span class=\"text\">ab</span></div>\n"
                                + "<div class=\"line\" id=\"L2\"><span class=\"margin\"></span><span class=\"text\">cd</span></div>\n");
    }

    @Test
    void nestsANumeralInsideAQuote() {
        assertThat(render("said \"we lost 3 ships\" today", mark(5, 22, 0, "q"), mark(14, 15, 3, "n")))
                .isEqualTo("[|said <span class=\"q\">&quot;we lost <span class=\"n\">3</span> ships&quot;</span>"
                        + " today]");
    }

    @Test
    void opensTheLongerOfTwoHighlightsWithTheSameBeginOutside() {
        assertThat(render("Three senior officials", mark(0, 5, 3, "n"), mark(0, 12, 1, "a")))
                .isEqualTo("[|<span class=\"a\"><span class=\"n\">Three</span> senior</span> officials]");
    }

    @Test
    void opensEqualSpansByRank() {
        assertThat(render("Erdogan", mark(0, 7, 1, "a"), mark(0, 7, 0, "q"), mark(0, 7, 10, "f")))
                .isEqualTo("[|<span class=\"q\"><span class=\"a\"><span class=\"f\">Erdogan</span></span></span>]");
    }

    @Test
    void splitsCrossingHighlightsIntoAContinuation() {
        assertThat(render(
                        "abcdefgh",
                        new Mark(0, 5, 0, "x", "", "first", null),
                        new Mark(3, 8, 0, "y", "", "second", null)))
                .isEqualTo("[|<span class=\"x\" id=\"first\">abc<span class=\"y\" id=\"second\">de</span></span>"
                        + "<span class=\"y cont\">fgh</span>]");
    }

    @Test
    void reopensAHighlightOnTheNextLineWithoutItsId() {
        assertThat(render("a \u201Cb\r\nc\u201D d", new Mark(2, 8, 0, "q", "", "f-1", "r")))
                .isEqualTo("[|a <span class=\"q\" id=\"f-1\" data-rule=\"r\">\u201Cb</span>]"
                        + "[|<span class=\"q cont\" data-rule=\"r\">c\u201D</span> d]");
    }

    @Test
    void writesAnEmptyHighlightAsAnAnchorPoint() {
        assertThat(render(
                        "ab",
                        new Mark(1, 1, 10, "finding", "", "f-1", null),
                        new Mark(2, 2, 10, "end", "", "f-2", null)))
                .isEqualTo("[|a<span class=\"finding\" id=\"f-1\"></span>b<span class=\"end\" id=\"f-2\"></span>]");
    }

    @Test
    void clampsHighlightsToTheText() {
        assertThat(render("ab", mark(-3, 1, 0, "x"), mark(1, 99, 0, "y")))
                .isEqualTo("[|<span class=\"x\">a</span><span class=\"y\">b</span>]");
    }

    @Test
    void escapesTextAndAttributes() {
        assertThat(render("<b>&\u0001", new Mark(0, 3, 0, "x\"", "say \"hi\"\n<now>", null, "a&b")))
                .isEqualTo(
                        "[|<span class=\"x&quot;\" data-rule=\"a&amp;b\" title=\"say &quot;hi&quot;&#10;&lt;now&gt;\">"
                                + "&lt;b&gt;</span>&amp;\uFFFD]");
    }

    @Test
    void putsMarginNotesOnTheLineWhereTheyBegin() {
        String text = "one\ntwo\nthree";

        assertThat(render(
                        text,
                        List.of(),
                        List.of(
                                new MarginNote(9, "<a>3</a>"),
                                new MarginNote(4, "<a>2a</a>"),
                                new MarginNote(6, "<a>2b</a>"))))
                .isEqualTo("[|one][<a>2a</a><a>2b</a>|two][<a>3</a>|three]");
    }

    @Test
    void endsWithAnEmptyLineAfterAFinalLineBreak() {
        assertThat(render("a\n")).isEqualTo("[|a][|]");
    }
}
