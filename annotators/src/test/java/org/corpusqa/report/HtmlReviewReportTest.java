package org.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.corpusqa.type.Actor;
import org.corpusqa.type.DocumentInfo;
import org.corpusqa.type.Location;
import org.corpusqa.type.Numeral;
import org.corpusqa.type.Quote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class HtmlReviewReportTest {
    private static final String TEXT = "2020-02-11 Erdogan warns Syria\n\n"
            + "ANKARA: President Erdogan said \u201CTurkey will not let 3 soldiers die in vain\u201D on Tuesday.\n"
            + "Two Russian jets struck Idlib <again> & \"again\".";
    private static final Path CORPUS = Path.of("/corpus");

    @TempDir
    Path out;

    private JCas jcas;

    @BeforeEach
    void annotate() throws Exception {
        jcas = JCasFactory.createText(TEXT, "en");
        DocumentInfo info = new DocumentInfo(jcas, 0, TEXT.length());
        info.setTitle("Erdogan warns Syria");
        info.setDate("2020-02-11");
        info.setDateSource("LINE");
        info.addToIndexes();
        location(at("ANKARA"), "323786", "TR");
        Actor erdogan = actor(at("President Erdogan"), "PERSON", "TITLE", "erdogan");
        Actor turkey = actor(at("Turkey"), "STATE", "METONYM", "TR");
        Quote quote = new Quote(jcas, at("\u201CTurkey"), TEXT.indexOf("\u201D") + 1);
        quote.setQuoteKind("DIRECT");
        quote.setSpeaker(erdogan);
        quote.setSpeakerId("erdogan");
        quote.setSpeakerRule("verb-after");
        quote.addToIndexes();
        numeral(at("3 soldiers"), 1, 3.0);
        numeral(at("Two"), 3, 2.0);
        actor(at("Two Russian jets"), "STATE", "GROUP", "RU");
        location(at("Idlib"), "", "");
        assertThat(turkey.getCoveredText()).isEqualTo("Turkey");
    }

    private int at(String text) {
        int begin = TEXT.indexOf(text);
        assertThat(begin).as(text).isNotNegative();
        return begin;
    }

    private Actor actor(int begin, String kind, String mentionType, String entityId) {
        int end = TEXT.indexOf(' ', TEXT.indexOf(' ', begin) + 1);
        Actor actor = new Actor(jcas, begin, mentionType.equals("GROUP") ? begin + 16 : end);
        if (mentionType.equals("METONYM")) {
            actor = new Actor(jcas, begin, begin + 6);
        }
        actor.setKind(kind);
        actor.setMentionType(mentionType);
        actor.setEntityId(entityId);
        actor.setMatchRule("alias");
        actor.addToIndexes();
        return actor;
    }

    private void location(int begin, String placeId, String country) {
        Location location = new Location(jcas, begin, TEXT.indexOf(placeId.isEmpty() ? " " : ":", begin));
        location.setPlaceKind("CITY");
        location.setPlaceId(placeId);
        location.setCountryCode(country);
        location.setLatitude(placeId.isEmpty() ? 0 : 39.92);
        location.setLongitude(placeId.isEmpty() ? 0 : 32.85);
        location.addToIndexes();
    }

    private void numeral(int begin, int length, double value) {
        Numeral numeral = new Numeral(jcas, begin, begin + length);
        numeral.setNumberKind("CARDINAL");
        numeral.setValue(value);
        numeral.setUpperValue(Double.NaN);
        numeral.setQualifier("EXACT");
        numeral.addToIndexes();
    }

    private static Finding finding(String covered, String ruleId, Severity severity) {
        int begin = TEXT.indexOf(covered);
        return Findings.at(CORPUS, "2020/erdogan.txt", TEXT, begin, begin + covered.length(), ruleId, severity);
    }

    private static Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(page.toFile());
    }

    private static NodeList select(Document page, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
    }

    private static String value(Document page, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, page);
    }

    private static String withClass(String cssClass) {
        return "span[contains(concat(' ', @class, ' '), ' " + cssClass + " ')]";
    }

    private Path addErdogan(HtmlReviewReport report) throws IOException {
        return report.addDocument(
                jcas,
                "2020/erdogan.txt",
                List.of(
                        finding("Russian jets", "unresolved-actor", Severity.ERROR),
                        finding("Erdogan warns", "title-date", Severity.INFO)));
    }

    @Test
    void writesTheDocumentPageAtOnceUnderReportDocs() throws Exception {
        Path page = addErdogan(new HtmlReviewReport(out));

        assertThat(page)
                .isEqualTo(out.resolve("report/docs/2020/erdogan.txt.html"))
                .exists();
        Document html = parse(page);
        assertThat(value(html, "//h1")).isEqualTo("Erdogan warns Syria");
        assertThat(value(html, "//p[@class='path']")).isEqualTo("2020/erdogan.txt");
        assertThat(value(html, "//header/nav/a/@href")).isEqualTo("../../index.html");
    }

    @Test
    void keepsTheWholeTextLineByLine() throws Exception {
        Document html = parse(addErdogan(new HtmlReviewReport(out)));

        NodeList lines = select(html, "//div[@class='line']/span[@class='text']");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            texts.add(lines.item(i).getTextContent());
        }
        assertThat(String.join("\n", texts)).isEqualTo(TEXT);
    }

    @Test
    void highlightsEachTypeWithItsFeaturesOnHover() throws Exception {
        Document html = parse(addErdogan(new HtmlReviewReport(out)));

        assertThat(select(html, "//main//" + withClass("ann-actor")).getLength())
                .isEqualTo(3);
        assertThat(select(html, "//main//" + withClass("ann-location")).getLength())
                .isEqualTo(2);
        assertThat(select(html, "//main//" + withClass("ann-numeral")).getLength())
                .isEqualTo(2);
        assertThat(select(html, "//main//" + withClass("ann-quote")).getLength())
                .isEqualTo(1);
        assertThat(value(html, "//" + withClass("ann-actor") + "[.='President Erdogan']/@title"))
                .isEqualTo("Actor\nkind: PERSON TITLE\nentity: erdogan\nrule: alias");
        assertThat(value(html, "//" + withClass("ann-location") + "[.='ANKARA']/@title"))
                .isEqualTo("Location\nkind: CITY\nplace: 323786\ncoordinates: 39.92, 32.85\ncountry: TR");
        assertThat(value(html, "//" + withClass("ann-numeral") + "[.='3']/@title"))
                .isEqualTo("Numeral\nkind: CARDINAL\nvalue: 3\nqualifier: EXACT");
        assertThat(value(html, "//" + withClass("ann-quote") + "/@title"))
                .isEqualTo(
                        "Quote\nkind: DIRECT\nspeaker: President Erdogan\nspeaker id: erdogan\nspeaker rule: verb-after");
    }

    @Test
    void nestsAnnotationsInsideAQuoteAndUnderALongerAnnotationWithTheSameBegin() throws Exception {
        Document html = parse(addErdogan(new HtmlReviewReport(out)));

        assertThat(value(html, "//" + withClass("ann-quote") + "/" + withClass("ann-numeral")))
                .isEqualTo("3");
        assertThat(value(html, "//" + withClass("ann-quote") + "/" + withClass("ann-actor")))
                .isEqualTo("Turkey");
        assertThat(value(html, "//" + withClass("ann-actor") + "/" + withClass("ann-numeral")))
                .isEqualTo("Two");
    }

    @Test
    void marksFindingsInTheTextTheMarginAndTheListLinkedByAnchors() throws Exception {
        Document html = parse(addErdogan(new HtmlReviewReport(out)));

        assertThat(value(html, "//" + withClass("finding") + "[@id='f-1']/@data-rule"))
                .isEqualTo("title-date");
        assertThat(value(html, "//" + withClass("finding") + "[@id='f-2']")).isEqualTo("Russian jets");
        assertThat(value(html, "//" + withClass("finding") + "[@id='f-2']/@class"))
                .isEqualTo("finding sev-error");
        assertThat(value(html, "//div[@id='L4']/span[@class='margin']/a[@href='#f-2']/@data-rule"))
                .isEqualTo("unresolved-actor");
        assertThat(value(html, "//section[@id='findings']//li[@data-rule='unresolved-actor']/a/@href"))
                .isEqualTo("#f-2");
        assertThat(value(html, "//section[@id='findings']//li[@data-rule='unresolved-actor']/a"))
                .isEqualTo("4:5");
    }

    @Test
    void offersFiltersByTypeAndByRule() throws Exception {
        Document html = parse(addErdogan(new HtmlReviewReport(out)));

        assertThat(select(html, "//*[@id='filters']//input[@type='checkbox'][@data-type]")
                        .getLength())
                .isEqualTo(4);
        assertThat(value(html, "//*[@id='filters']//input[@data-type='actor']/.."))
                .contains("Actor 3");
        assertThat(select(html, "//*[@id='filters']//input[@data-filter-rule='unresolved-actor']")
                        .getLength())
                .isEqualTo(1);
        assertThat(value(html, "//script")).contains("hide-", "data-rule", "filterRule");
    }

    @Test
    void isSelfContainedAndEscapesTheText() throws Exception {
        String page = Files.readString(addErdogan(new HtmlReviewReport(out)), StandardCharsets.UTF_8);

        assertThat(page).contains("<style>", "<script>", "&lt;again&gt; &amp; &quot;again&quot;");
        assertThat(page).doesNotContain("<again>", "<link", " src=", "http:", "https:");
    }

    @Test
    void writesAPageWithTheFindingsOnlyForAnUnreadableDocument() throws Exception {
        Finding bad = new Finding(
                CORPUS.resolve("bad.txt"),
                "bad.txt",
                1,
                1,
                0,
                0,
                "malformed-encoding",
                "encoding",
                Severity.ERROR,
                "invalid UTF-8 <0xC3>",
                "",
                "");

        Document html = parse(new HtmlReviewReport(out).addDocument(null, "bad.txt", List.of(bad)));

        assertThat(value(html, "//section[@id='findings']//li")).contains("invalid UTF-8 <0xC3>");
        assertThat(value(html, "//p[@class='unreadable']")).startsWith("This document could not be annotated");
        assertThat(select(html, "//div[@class='line']").getLength()).isZero();
    }

    @Test
    void givesARepeatedOrClashingPathAPageOfItsOwn() throws Exception {
        HtmlReviewReport report = new HtmlReviewReport(out);

        Path first = report.addDocument(jcas, "a b.txt", List.of());
        Path second = report.addDocument(jcas, "a_b.txt", List.of());
        Path third = report.addDocument(jcas, "A_B.txt", List.of());

        assertThat(out.resolve("report").relativize(first)).hasToString("docs/a_b.txt.html");
        assertThat(out.resolve("report").relativize(second)).hasToString("docs/a_b.txt~2.html");
        assertThat(out.resolve("report").relativize(third)).hasToString("docs/A_B.txt~3.html");
        assertThat(HtmlReviewReport.sanitise("../x/./y\u00E9?.txt")).isEqualTo("__/x/y__.txt");
    }

    @Test
    void writesTheOverviewWorstDocumentsFirstWithTotalsAndRules() throws Exception {
        HtmlReviewReport report = new HtmlReviewReport(
                out,
                List.of(new RuleDescriptor(
                        "unresolved-actor", "reference", Severity.ERROR, "No registry entry.", "", "")));
        report.addDocument(jcas, "b-clean.txt", List.of());
        addErdogan(report);
        report.addDocument(jcas, "a-warned.txt", List.of(finding("Idlib", "odd-place", Severity.WARNING)));
        report.finish();

        Document index = parse(report.index());
        assertThat(report.index()).isEqualTo(out.resolve("report/index.html"));
        NodeList links = select(index, "//table[@id='document-table']//tr[@class='doc']/td[2]/a");
        assertThat(links.getLength()).isEqualTo(3);
        assertThat(List.of(
                        links.item(0).getTextContent(),
                        links.item(1).getTextContent(),
                        links.item(2).getTextContent()))
                .containsExactly("2020/erdogan.txt", "a-warned.txt", "b-clean.txt");
        assertThat(value(index, "//table[@id='document-table']//tr[@class='doc'][1]/td[2]/a/@href"))
                .isEqualTo("docs/2020/erdogan.txt.html");
        assertThat(value(index, "//table[@id='totals']//tr[2]")).isEqualTo("39663111");
        assertThat(value(index, "//section[@id='rules']//tr[@data-rule='unresolved-actor']"))
                .isEqualTo("unresolved-actorreferenceerror11No registry entry.");
        assertThat(select(index, "//nav[@class='pager']").getLength()).isZero();
    }

    @Test
    void pagesTheOverviewFiveHundredRowsAPage() throws Exception {
        HtmlReviewReport report = new HtmlReviewReport(out);
        for (int i = 0; i < 501; i++) {
            report.addDocument(null, String.format("d%04d.txt", i), List.of());
        }
        report.finish();

        Document first = parse(report.index());
        Document second = parse(out.resolve("report/index-2.html"));
        assertThat(select(first, "//tr[@class='doc']").getLength()).isEqualTo(500);
        assertThat(select(second, "//tr[@class='doc']").getLength()).isEqualTo(1);
        assertThat(value(second, "//tr[@class='doc']/td[1]")).isEqualTo("501");
        assertThat(value(first, "//nav[@class='pager']/a[@class='next']/@href")).isEqualTo("index-2.html");
        assertThat(select(second, "//section[@id='rules']").getLength()).isZero();
    }

    @Test
    void writesTheSameOverviewWhateverTheThreadOrder() throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            paths.add("doc" + i + ".txt");
        }
        String sequential = overviewOf(out.resolve("one"), paths, 1);
        Collections.shuffle(paths, new Random(7));

        assertThat(overviewOf(out.resolve("four"), paths, 4)).isEqualTo(sequential);
    }

    private String overviewOf(Path directory, List<String> paths, int threads) throws Exception {
        HtmlReviewReport report = new HtmlReviewReport(directory);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Path>> pages = new ArrayList<>();
            for (String path : paths) {
                int n = Integer.parseInt(path.replaceAll("\\D", ""));
                List<Finding> findings = new ArrayList<>();
                for (int i = 0; i < n % 4; i++) {
                    findings.add(finding("Idlib", "rule-" + (n % 3), Severity.values()[(n + i) % 3]));
                }
                pages.add(pool.submit(() -> report.addDocument(null, path, findings)));
            }
            for (Future<Path> page : pages) {
                page.get();
            }
        } finally {
            pool.shutdown();
        }
        report.finish();
        return Files.readString(report.index(), StandardCharsets.UTF_8);
    }

    @Test
    void refusesDocumentsAfterFinishing() throws Exception {
        HtmlReviewReport report = new HtmlReviewReport(out);
        report.finish();

        assertThatThrownBy(() -> report.addDocument(jcas, "late.txt", List.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(report::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void removesThePagesAnEarlierReportLeftWhenFinishing() throws Exception {
        HtmlReviewReport old = new HtmlReviewReport(out);
        old.addDocument(jcas, "gone/old.txt", List.of());
        old.addDocument(jcas, "kept.txt", List.of());
        for (int i = 0; i < 500; i++) {
            old.addDocument(null, "filler" + i + ".txt", List.of());
        }
        old.finish();
        Files.writeString(out.resolve("report/notes.txt"), "mine");

        HtmlReviewReport report = new HtmlReviewReport(out);
        report.addDocument(jcas, "kept.txt", List.of());
        report.finish();

        assertThat(out.resolve("report/docs/gone")).doesNotExist();
        assertThat(out.resolve("report/docs/filler1.txt.html")).doesNotExist();
        assertThat(out.resolve("report/index-2.html")).doesNotExist();
        assertThat(out.resolve("report/docs/kept.txt.html")).exists();
        assertThat(out.resolve("report/index.html")).exists();
        assertThat(out.resolve("report/notes.txt")).exists();
    }
}
