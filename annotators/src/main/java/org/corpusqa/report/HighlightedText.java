package org.corpusqa.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corpusqa.text.LineIndex;

/**
 * Renders a text as numbered lines with highlighted stretches, free of UIMA so it can be tested
 * on inline strings.
 *
 * <p>Highlights may nest (a numeral inside a quote), share a begin (an actor and a numeral), or
 * cross; HTML elements can only nest, so a highlight that is still open when an enclosing one ends,
 * or when its line ends, is closed and reopened as a continuation fragment with class {@code cont}.
 * Only the first fragment carries the {@code id}, so anchors stay unique. At one begin the longer
 * highlight opens first (it is the outer one); equal spans open by {@link Mark#rank()}.
 *
 * <p>Each line is {@code <div class="line" id="L<n>">} holding a margin with the notes that begin on
 * that line, and the text; the style sheet numbers the lines, which keeps pages small. The work is
 * linear in the text: plain runs between highlight boundaries and line breaks are escaped and
 * copied in bulk.
 */
final class HighlightedText {
    private static final Comparator<Mark> OPENING_ORDER = Comparator.comparingInt(Mark::begin)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed())
            .thenComparingInt(Mark::rank);

    /**
     * One highlighted stretch.
     *
     * @param rank orders highlights with the same span; lower opens first (outside)
     * @param cssClass the {@code class} attribute
     * @param title hover text, may be empty
     * @param id anchor id of the first fragment, or {@code null}
     * @param rule the {@code data-rule} attribute, or {@code null}
     */
    record Mark(int begin, int end, int rank, String cssClass, String title, String id, String rule) {}

    /** Pre-rendered HTML put in the margin of the line holding {@code offset}. */
    record MarginNote(int offset, String html) {}

    private HighlightedText() {}

    static void render(String text, List<Mark> highlights, List<MarginNote> notes, StringBuilder out) {
        int length = text.length();
        List<Mark> marks = new ArrayList<>(highlights.size());
        for (Mark mark : highlights) {
            int begin = Math.max(0, Math.min(mark.begin(), length));
            int end = Math.max(begin, Math.min(mark.end(), length));
            marks.add(
                    begin == mark.begin() && end == mark.end()
                            ? mark
                            : new Mark(begin, end, mark.rank(), mark.cssClass(), mark.title(), mark.id(), mark.rule()));
        }
        marks.sort(OPENING_ORDER);
        List<MarginNote> sortedNotes = new ArrayList<>(notes);
        sortedNotes.sort(Comparator.comparingInt(MarginNote::offset));
        LineIndex lines = new LineIndex(text);
        List<Mark> open = new ArrayList<>();
        int next = 0;
        int note = 0;
        int line = 1;
        note = startLine(line, lines, sortedNotes, note, out);
        int pos = 0;
        while (true) {
            closeEnded(open, pos, out);
            while (next < marks.size() && marks.get(next).begin() <= pos) {
                Mark mark = marks.get(next++);
                openTag(mark, true, out);
                if (mark.end() <= pos) {
                    out.append("</span>");
                } else {
                    open.add(mark);
                }
            }
            if (pos == length) {
                break;
            }
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                pos += c == '\r' && pos + 1 < length && text.charAt(pos + 1) == '\n' ? 2 : 1;
                closeAll(open.size(), out);
                out.append("</span></div>\n");
                note = startLine(++line, lines, sortedNotes, note, out);
                for (Mark mark : open) {
                    openTag(mark, false, out);
                }
            } else {
                int stop = nextEvent(
                        text, pos, next < marks.size() ? marks.get(next).begin() : length, open);
                Html.escape(text, pos, stop, out);
                pos = stop;
            }
        }
        closeAll(open.size(), out);
        out.append("</span></div>\n");
    }

    /** Where the plain run from {@code pos} ends: a line break, a highlight's begin or end. */
    private static int nextEvent(String text, int pos, int nextBegin, List<Mark> open) {
        int stop = Math.min(nextBegin, text.length());
        for (Mark mark : open) {
            stop = Math.min(stop, mark.end());
        }
        for (int i = pos; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return stop;
    }

    private static int startLine(int line, LineIndex lines, List<MarginNote> notes, int note, StringBuilder out) {
        out.append("<div class=\"line\" id=\"L").append(line).append("\"><span class=\"margin\">");
        int next = note;
        while (next < notes.size() && lines.line(notes.get(next).offset()) <= line) {
            out.append(notes.get(next++).html());
        }
        out.append("</span><span class=\"text\">");
        return next;
    }

    /** Closes the open highlights that end at {@code pos}, reopening those that were inside them. */
    private static void closeEnded(List<Mark> open, int pos, StringBuilder out) {
        int first = -1;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).end() <= pos) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return;
        }
        closeAll(open.size() - first, out);
        int kept = first;
        for (int i = first; i < open.size(); i++) {
            Mark mark = open.get(i);
            if (mark.end() > pos) {
                open.set(kept++, mark);
                openTag(mark, false, out);
            }
        }
        open.subList(kept, open.size()).clear();
    }

    private static void closeAll(int count, StringBuilder out) {
        for (int i = 0; i < count; i++) {
            out.append("</span>");
        }
    }

    private static void openTag(Mark mark, boolean first, StringBuilder out) {
        out.append("<span class=\"");
        Html.escape(mark.cssClass(), out);
        if (!first) {
            out.append(" cont");
        }
        out.append('"');
        if (first && mark.id() != null) {
            out.append(" id=\"");
            Html.escape(mark.id(), out);
            out.append('"');
        }
        if (mark.rule() != null) {
            out.append(" data-rule=\"");
            Html.escape(mark.rule(), out);
            out.append('"');
        }
        if (mark.title() != null && !mark.title().isEmpty()) {
            out.append(" title=\"");
            Html.escape(mark.title(), out);
            out.append('"');
        }
        out.append('>');
    }
}
