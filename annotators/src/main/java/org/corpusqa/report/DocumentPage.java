package org.corpusqa.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.corpusqa.type.Actor;
import org.corpusqa.type.DocumentInfo;
import org.corpusqa.type.Location;
import org.corpusqa.type.Numeral;
import org.corpusqa.type.Quote;

/**
 * Builds the review page of one annotated document: header, filters, the list of findings and
 * the highlighted text, with every annotation's features in its {@code title}. Reads the CAS only
 * while {@link #render} runs, so the caller may reset it afterwards.
 */
final class DocumentPage {
    private static final int FINDING_RANK = 10;
    private static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::begin)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::ruleId);

    private DocumentPage() {}

    /**
     * Appends the page to {@code out} and returns the document's overview row.
     *
     * @param jcas the annotated document, or {@code null} for a document that could not be read
     * @param overview the overview's href relative to this page
     */
    static DocumentSummary render(
            JCas jcas, String path, String page, String overview, List<Finding> findings, StringBuilder out) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(BY_POSITION);
        String text = jcas == null || jcas.getDocumentText() == null ? null : jcas.getDocumentText();
        DocumentInfo info = jcas == null
                ? null
                : JCasUtil.select(jcas, DocumentInfo.class).stream().findFirst().orElse(null);
        String title =
                info != null && info.getTitle() != null && !info.getTitle().isBlank() ? info.getTitle() : path;
        int[] counts = new int[AnnotationType.values().length];
        List<HighlightedText.Mark> marks = new ArrayList<>();
        if (text != null) {
            for (AnnotationType type : AnnotationType.values()) {
                for (Annotation annotation : JCasUtil.select(jcas, type.type())) {
                    counts[type.ordinal()]++;
                    marks.add(new HighlightedText.Mark(
                            annotation.getBegin(),
                            annotation.getEnd(),
                            type.nesting(),
                            "ann-" + type.cssName(),
                            describe(type, annotation),
                            null,
                            null));
                }
            }
        }
        int[] bySeverity = new int[Severity.values().length];
        Map<String, Integer> byRule = new TreeMap<>();
        List<HighlightedText.MarginNote> notes = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Finding finding = sorted.get(i);
            bySeverity[finding.severity().ordinal()]++;
            byRule.merge(finding.ruleId(), 1, Integer::sum);
            String id = "f-" + (i + 1);
            String severity = "sev-" + finding.severity().label();
            marks.add(new HighlightedText.Mark(
                    finding.begin(),
                    finding.end(),
                    FINDING_RANK,
                    "finding " + severity,
                    findingTitle(finding),
                    id,
                    finding.ruleId()));
            notes.add(new HighlightedText.MarginNote(finding.begin(), marginNote(finding, id, severity)));
        }

        Pages.head(title + " – corpusqa review", out);
        out.append("<body class=\"document\">\n<header><nav><a href=\"");
        Html.escape(overview, out).append("\">corpusqa review</a></nav>\n<h1>");
        Html.escape(title, out).append("</h1>\n<p class=\"path\">");
        Html.escape(path, out).append("</p>\n");
        if (info != null && info.getDate() != null && !info.getDate().isEmpty()) {
            out.append("<p class=\"meta\">date ");
            Html.escape(info.getDate(), out).append(" (");
            Html.escape(info.getDateSource(), out).append(")</p>\n");
        }
        out.append("</header>\n");
        filters(counts, byRule, out);
        findingList(sorted, text != null, out);
        if (text == null) {
            out.append("<main id=\"text\"><p class=\"unreadable\">This document could not be annotated;"
                    + " see the findings above.</p></main>\n");
        } else {
            out.append("<main id=\"text\">\n");
            HighlightedText.render(text, marks, notes, out);
            out.append("</main>\n");
        }
        Pages.tail(true, out);
        return new DocumentSummary(path, page, title, counts, bySeverity, byRule);
    }

    private static void filters(int[] counts, Map<String, Integer> byRule, StringBuilder out) {
        out.append("<section id=\"filters\">\n<fieldset class=\"types\"><legend>Annotations</legend>");
        for (AnnotationType type : AnnotationType.values()) {
            out.append("<label><input type=\"checkbox\" checked=\"checked\" data-type=\"")
                    .append(type.cssName())
                    .append("\"/> <span class=\"ann-")
                    .append(type.cssName())
                    .append("\">")
                    .append(type.label())
                    .append("</span> ")
                    .append(counts[type.ordinal()])
                    .append("</label> ");
        }
        out.append("</fieldset>\n<fieldset class=\"rules\"><legend>Rules</legend>");
        for (Map.Entry<String, Integer> rule : byRule.entrySet()) {
            out.append("<label><input type=\"checkbox\" checked=\"checked\" data-filter-rule=\"");
            Html.escape(rule.getKey(), out).append("\"/> <code>");
            Html.escape(rule.getKey(), out)
                    .append("</code> ")
                    .append(rule.getValue())
                    .append("</label> ");
        }
        out.append("</fieldset>\n</section>\n");
    }

    private static void findingList(List<Finding> findings, boolean linked, StringBuilder out) {
        out.append("<section id=\"findings\"><h2>Findings (")
                .append(findings.size())
                .append(")</h2>\n<ol>\n");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            out.append("<li class=\"sev-").append(finding.severity().label()).append("\" data-rule=\"");
            Html.escape(finding.ruleId(), out).append("\">");
            if (linked) {
                out.append("<a href=\"#f-").append(i + 1).append("\">");
            }
            out.append(finding.line()).append(':').append(finding.column());
            if (linked) {
                out.append("</a>");
            }
            out.append(" <span class=\"sev\">")
                    .append(finding.severity().label())
                    .append("</span> <code>");
            Html.escape(finding.ruleId(), out).append("</code> ");
            Html.escape(finding.message(), out);
            if (finding.hint() != null && !finding.hint().isEmpty()) {
                out.append(" <em>");
                Html.escape(finding.hint(), out).append("</em>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private static String marginNote(Finding finding, String id, String severity) {
        StringBuilder note = new StringBuilder(96).append("<a class=\"mark ").append(severity);
        note.append("\" href=\"#").append(id).append("\" data-rule=\"");
        Html.escape(finding.ruleId(), note).append("\" title=\"");
        Html.escape(finding.ruleId() + ": " + finding.message(), note);
        return note.append("\">\u25CF</a>").toString();
    }

    private static String findingTitle(Finding finding) {
        String title = finding.ruleId() + " (" + finding.severity().label() + "): " + finding.message();
        return finding.hint() == null || finding.hint().isEmpty() ? title : title + "\n" + finding.hint();
    }

    /** The hover text: type and the features a reviewer checks. */
    static String describe(AnnotationType type, Annotation annotation) {
        StringBuilder title = new StringBuilder(64).append(type.label());
        switch (type) {
            case ACTOR -> {
                Actor actor = (Actor) annotation;
                line(title, "kind", join(actor.getKind(), actor.getMentionType()));
                line(title, "entity", actor.getEntityId());
                line(title, "rule", actor.getMatchRule());
            }
            case LOCATION -> {
                Location location = (Location) annotation;
                line(title, "kind", location.getPlaceKind());
                line(title, "place", location.getPlaceId());
                if (location.getPlaceId() != null && !location.getPlaceId().isEmpty()) {
                    line(title, "coordinates", location.getLatitude() + ", " + location.getLongitude());
                }
                line(title, "country", location.getCountryCode());
                line(title, "candidates", location.getCandidates());
            }
            case NUMERAL -> {
                Numeral numeral = (Numeral) annotation;
                line(title, "kind", numeral.getNumberKind());
                String value = number(numeral.getValue());
                line(
                        title,
                        "value",
                        Double.isNaN(numeral.getUpperValue())
                                ? value
                                : value + " – " + number(numeral.getUpperValue()));
                line(title, "qualifier", numeral.getQualifier());
                line(title, "normalized", numeral.getNormalized());
            }
            case QUOTE -> {
                Quote quote = (Quote) annotation;
                line(title, "kind", quote.getQuoteKind());
                line(
                        title,
                        "speaker",
                        quote.getSpeaker() == null ? null : quote.getSpeaker().getCoveredText());
                line(title, "speaker id", quote.getSpeakerId());
                line(title, "speaker rule", quote.getSpeakerRule());
            }
        }
        return title.toString();
    }

    private static void line(StringBuilder title, String key, String value) {
        if (value != null && !value.isEmpty()) {
            title.append('\n').append(key).append(": ").append(value);
        }
    }

    private static String join(String first, String second) {
        if (first == null || first.isEmpty()) {
            return second;
        }
        return second == null || second.isEmpty() ? first : first + " " + second;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
