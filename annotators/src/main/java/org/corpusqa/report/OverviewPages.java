package org.corpusqa.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpusqa.check.Severity;

/**
 * The overview: totals, findings per rule and the documents, worst first, {@value #ROWS_PER_PAGE}
 * rows per page ({@code index.html}, {@code index-2.html}, …) so that the first page opens fast
 * whatever the corpus size. Sorted on data alone, so the pages do not depend on which worker
 * finished first.
 */
final class OverviewPages {
    static final int ROWS_PER_PAGE = 500;

    /** Most errors first, then warnings, then infos; ties by path. */
    static final Comparator<DocumentSummary> WORST_FIRST = Comparator.comparingInt(DocumentSummary::errors)
            .thenComparingInt(DocumentSummary::warnings)
            .thenComparingInt(DocumentSummary::infos)
            .reversed()
            .thenComparing(DocumentSummary::path)
            .thenComparing(DocumentSummary::page);

    private OverviewPages() {}

    /** Rule facts gathered from findings, merged independently of order. */
    record RuleFacts(String category, Severity severity) {
        RuleFacts merge(RuleFacts other) {
            String first = category.compareTo(other.category) <= 0 ? category : other.category;
            return new RuleFacts(first, severity.compareTo(other.severity) >= 0 ? severity : other.severity);
        }
    }

    /** Writes the pages and returns how many there are. */
    static int write(
            Path directory,
            List<DocumentSummary> documents,
            Map<String, RuleFacts> ruleFacts,
            Map<String, RuleDescriptor> catalog)
            throws IOException {
        List<DocumentSummary> sorted = documents.stream().sorted(WORST_FIRST).toList();
        int pages = Math.max(1, (sorted.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        String totals = totals(sorted);
        PageWriter writer = new PageWriter();
        for (int page = 1; page <= pages; page++) {
            StringBuilder out = writer.start();
            Pages.head("corpusqa review" + (page > 1 ? " – page " + page : ""), out);
            out.append("<body class=\"overview\">\n<header><h1>corpusqa review</h1>\n")
                    .append(totals)
                    .append("</header>\n");
            if (page == 1) {
                rules(sorted, ruleFacts, catalog, out);
            }
            List<DocumentSummary> rows =
                    sorted.subList((page - 1) * ROWS_PER_PAGE, Math.min(sorted.size(), page * ROWS_PER_PAGE));
            documents(rows, (page - 1) * ROWS_PER_PAGE, page, pages, out);
            Pages.tail(false, out);
            writer.write(directory.resolve(fileName(page)));
        }
        return pages;
    }

    static String fileName(int page) {
        return page == 1 ? "index.html" : "index-" + page + ".html";
    }

    private static String totals(Collection<DocumentSummary> documents) {
        int[] annotations = new int[AnnotationType.values().length];
        int[] severities = new int[Severity.values().length];
        for (DocumentSummary document : documents) {
            for (int i = 0; i < annotations.length; i++) {
                annotations[i] += document.annotations()[i];
            }
            for (int i = 0; i < severities.length; i++) {
                severities[i] += document.bySeverity()[i];
            }
        }
        StringBuilder out = new StringBuilder(512);
        out.append("<table id=\"totals\"><tr><th>Documents</th>");
        for (AnnotationType type : AnnotationType.values()) {
            out.append("<th><span class=\"ann-")
                    .append(type.cssName())
                    .append("\">")
                    .append(type.label())
                    .append("</span></th>");
        }
        out.append("<th>Errors</th><th>Warnings</th><th>Infos</th></tr>\n<tr><td class=\"num\">")
                .append(documents.size())
                .append("</td>");
        for (int count : annotations) {
            out.append("<td class=\"num\">").append(count).append("</td>");
        }
        for (int i = severities.length - 1; i >= 0; i--) {
            out.append("<td class=\"num\">").append(severities[i]).append("</td>");
        }
        return out.append("</tr></table>\n").toString();
    }

    private static void rules(
            List<DocumentSummary> documents,
            Map<String, RuleFacts> ruleFacts,
            Map<String, RuleDescriptor> catalog,
            StringBuilder out) {
        Map<String, int[]> counts = new TreeMap<>();
        for (DocumentSummary document : documents) {
            document.byRule().forEach((rule, count) -> {
                int[] c = counts.computeIfAbsent(rule, r -> new int[2]);
                c[0] += count;
                c[1]++;
            });
        }
        out.append("<section id=\"rules\"><h2>Findings per rule</h2>\n");
        if (counts.isEmpty()) {
            out.append("<p>No findings.</p></section>\n");
            return;
        }
        out.append("<table><thead><tr><th>Rule</th><th>Category</th><th>Severity</th>")
                .append("<th class=\"num\">Findings</th><th class=\"num\">Documents</th><th>Description</th>")
                .append("</tr></thead><tbody>\n");
        for (Map.Entry<String, int[]> rule : counts.entrySet()) {
            RuleFacts facts = ruleFacts.get(rule.getKey());
            RuleDescriptor descriptor = catalog.get(rule.getKey());
            out.append("<tr data-rule=\"");
            Html.escape(rule.getKey(), out).append("\"><td><code>");
            Html.escape(rule.getKey(), out).append("</code></td><td>");
            Html.escape(facts == null ? "" : facts.category(), out).append("</td><td class=\"sev-");
            String severity = descriptor != null
                    ? descriptor.defaultSeverity().label()
                    : facts == null ? "" : facts.severity().label();
            out.append(severity)
                    .append("\"><span class=\"sev\">")
                    .append(severity)
                    .append("</span></td>");
            out.append("<td class=\"num\">").append(rule.getValue()[0]).append("</td><td class=\"num\">");
            out.append(rule.getValue()[1]).append("</td><td>");
            Html.escape(descriptor == null ? "" : descriptor.shortDescription(), out)
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table></section>\n");
    }

    private static void documents(List<DocumentSummary> rows, int offset, int page, int pages, StringBuilder out) {
        out.append("<section id=\"documents\"><h2>Documents, most errors first</h2>\n");
        pager(page, pages, out);
        out.append("<table id=\"document-table\"><thead><tr><th class=\"num\">#</th><th>Document</th><th>Title</th>");
        for (AnnotationType type : AnnotationType.values()) {
            out.append("<th class=\"num\">").append(type.label()).append("</th>");
        }
        out.append("<th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Infos</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            DocumentSummary row = rows.get(i);
            out.append("<tr class=\"doc\"><td class=\"num\">")
                    .append(offset + i + 1)
                    .append("</td><td><a href=\"");
            Html.escape(row.page(), out).append("\">");
            Html.escape(row.path(), out).append("</a></td><td>");
            Html.escape(row.title(), out).append("</td>");
            for (int count : row.annotations()) {
                out.append("<td class=\"num\">").append(count).append("</td>");
            }
            out.append("<td class=\"num sev-error\">").append(row.errors()).append("</td>");
            out.append("<td class=\"num sev-warning\">").append(row.warnings()).append("</td>");
            out.append("<td class=\"num sev-info\">").append(row.infos()).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        pager(page, pages, out);
        out.append("</section>\n");
    }

    private static void pager(int page, int pages, StringBuilder out) {
        if (pages == 1) {
            return;
        }
        out.append("<nav class=\"pager\">Page ");
        for (int p = 1; p <= pages; p++) {
            if (p == page) {
                out.append("<span class=\"current\">").append(p).append("</span>");
            } else {
                out.append("<a href=\"")
                        .append(fileName(p))
                        .append("\">")
                        .append(p)
                        .append("</a>");
            }
        }
        if (page < pages) {
            out.append("<a class=\"next\" href=\"").append(fileName(page + 1)).append("\">next</a>");
        }
        out.append("</nav>\n");
    }
}
