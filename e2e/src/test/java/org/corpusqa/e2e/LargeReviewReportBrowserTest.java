package org.corpusqa.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasIOUtils;
import org.corpusqa.check.CheckRequest;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.CorpusChecker;
import org.corpusqa.check.Finding;
import org.corpusqa.report.HtmlReviewReport;
import org.corpusqa.report.RuleDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The review report of a 20,000-document corpus, against the scale bar: its overview
 * opens in the browser in under 2 s, pages on through the worst-first list, and links to the
 * documents' pages.
 *
 * <p>Annotating 20,000 documents would take minutes, so the real checker annotates one text, the
 * opening of a seed document, and the real {@link HtmlReviewReport} writes it under 20,000 paths,
 * document {@code i} with the first {@code i % (n + 1)} of its {@code n} real findings. Each
 * finding added makes a document worse, so the expected order is known without the report's
 * code: most findings first, then by path. The short text keeps the pages at 6 KB, about 200 MB
 * on disk; they stay in {@code target/e2e-large} for review (deleting 20,000 files takes longer
 * than writing them), and the next run rewrites them in place.
 */
class LargeReviewReportBrowserTest {
    private static final int DOCUMENTS = 20_000;
    private static final Path OUT = Path.of("target/e2e-large");

    private static ChromeDriver browser;
    private static List<Finding> seedFindings;
    private static Path overview;

    @BeforeAll
    static void writeTheReportOfTwentyThousandDocumentsAndStartChromium() throws Exception {
        browser = Chromium.start();
        CheckResult seed = annotateSeedOpening();
        seedFindings = seed.findings();
        assertThat(seedFindings).as("the seed text must have findings to vary").hasSizeGreaterThan(2);
        JCas jcas = JCasFactory.createJCas();
        try (InputStream in = Files.newInputStream(seed.xmiDirectory().resolve("seed.txt.xmi"))) {
            CasIOUtils.load(in, jcas.getCas());
        }
        HtmlReviewReport report = new HtmlReviewReport(OUT, RuleDescriptor.catalog());
        for (int i = 0; i < DOCUMENTS; i++) {
            report.addDocument(jcas, path(i), findingsOf(i));
        }
        report.finish();
        overview = report.index().toAbsolutePath();
    }

    /**
     * The date line, title and first paragraph of seed document 000, annotated by the real checker
     * without the actor registry, so that its persons are unresolved: errors and a warning to vary.
     */
    private static CheckResult annotateSeedOpening() throws Exception {
        String text =
                Files.readString(Path.of("../test-corpus/corpus/000_dbb2c527d554b9b9.txt"), StandardCharsets.UTF_8);
        int firstParagraphEnd = text.indexOf("\n\n", text.indexOf("\n\n") + 2);
        Path corpus = Files.createDirectories(OUT.resolve("seed"));
        Files.writeString(corpus.resolve("seed.txt"), text.substring(0, firstParagraphEnd + 1));
        return new CorpusChecker()
                .check(CheckRequest.builder()
                        .corpusDirectory(corpus)
                        .outputDirectory(OUT.resolve("seed-check"))
                        .build());
    }

    private static String path(int document) {
        return String.format("d%02d/doc%05d.txt", document / 1000, document);
    }

    private static List<Finding> findingsOf(int document) {
        return seedFindings.subList(0, document % (seedFindings.size() + 1));
    }

    /** Paths in the order the overview must list them: most findings first, then by path. */
    private static List<String> worstFirst() {
        return IntStream.range(0, DOCUMENTS)
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> findingsOf(i).size())
                        .reversed()
                        .thenComparing(LargeReviewReportBrowserTest::path))
                .map(LargeReviewReportBrowserTest::path)
                .toList();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void overviewOfTwentyThousandDocumentsLoadsInUnderTwoSeconds() throws Exception {
        long start = System.nanoTime();
        browser.get(overview.toUri().toString());
        long wallMillis = (System.nanoTime() - start) / 1_000_000;

        long loadMillis = Chromium.loadMillis(browser);
        System.out.printf(
                "overview of %d documents: load event after %d ms, driver.get %d ms%n",
                DOCUMENTS, loadMillis, wallMillis);
        assertThat(loadMillis).isLessThan(2000);
        assertThat(browser.findElement(By.cssSelector("#totals tr:nth-child(2) td"))
                        .getText())
                .isEqualTo(Integer.toString(DOCUMENTS));
        List<WebElement> rows = browser.findElements(By.cssSelector("#document-table tr.doc"));
        assertThat(rows).hasSizeBetween(1, DOCUMENTS / 10);
        assertThat(rows.get(0).findElement(By.cssSelector("a")).getText())
                .isEqualTo(worstFirst().get(0));

        Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(screenshot, Path.of("target/review-report-20k.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void secondOverviewPageContinuesTheWorstFirstList() {
        browser.get(overview.toUri().toString());
        int perPage =
                browser.findElements(By.cssSelector("#document-table tr.doc")).size();

        browser.findElement(By.cssSelector("nav.pager a[href='index-2.html']")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/index-2.html");
        List<WebElement> rows = browser.findElements(By.cssSelector("#document-table tr.doc"));
        assertThat(rows).hasSize(perPage);
        List<String> expected = worstFirst().subList(perPage, 2 * perPage);
        assertThat(cell(rows.get(0), 1)).isEqualTo(Integer.toString(perPage + 1));
        assertThat(cell(rows.get(0), 2)).isEqualTo(expected.get(0));
        assertThat(cell(rows.get(perPage - 1), 1)).isEqualTo(Integer.toString(2 * perPage));
        assertThat(cell(rows.get(perPage - 1), 2)).isEqualTo(expected.get(perPage - 1));
    }

    @Test
    void documentLinkedFromTheOverviewOpensWithItsFindings() {
        browser.get(overview.toUri().toString());
        WebElement link = browser.findElement(By.cssSelector("#document-table tr.doc a"));
        String path = link.getText();

        link.click();

        assertThat(browser.findElement(By.cssSelector("p.path")).getText()).isEqualTo(path);
        int document = Integer.parseInt(path.substring(path.indexOf("doc") + 3, path.indexOf(".txt")));
        assertThat(browser.findElements(By.cssSelector("#findings li")))
                .hasSize(findingsOf(document).size());
        assertThat(browser.findElements(By.cssSelector("#text .ann-actor"))).isNotEmpty();
        browser.findElement(By.linkText("corpusqa review")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/report/index.html");
    }

    private static String cell(WebElement row, int column) {
        return row.findElement(By.cssSelector("td:nth-child(" + column + ")")).getText();
    }
}
