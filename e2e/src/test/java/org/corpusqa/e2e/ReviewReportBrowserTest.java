package org.corpusqa.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.corpusqa.check.CheckRequest;
import org.corpusqa.check.CorpusChecker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Uses the review report of the seed corpus the way a reviewer does: open the overview, open the
 * worst document, switch an annotation type and a rule off, follow a finding to its place, in
 * headless {@link Chromium}.
 */
class ReviewReportBrowserTest {
    private static final Path TARGET = Path.of("target");

    private static ChromeDriver browser;
    private static Path report;

    @BeforeAll
    static void annotateTheSeedCorpusAndStartChromium() throws Exception {
        browser = Chromium.start();
        Path out = TARGET.resolve("e2e");
        new CorpusChecker()
                .check(CheckRequest.builder()
                        .corpusDirectory(Path.of("../test-corpus/corpus"))
                        .actorRegistry(Path.of("../test-corpus/actors.yml"))
                        .outputDirectory(out)
                        .htmlReport(true)
                        .build());
        report = out.resolve("report/index.html").toAbsolutePath();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void overviewLoadsFastAndListsEveryDocument() {
        browser.get(report.toUri().toString());

        assertThat(Chromium.loadMillis(browser)).isLessThan(2000);
        assertThat(browser.findElements(By.cssSelector("#document-table a[href^='docs/']")))
                .hasSize(5);
    }

    @Test
    void filtersHideATypeAndARuleAndAFindingLeadsToItsPlace() throws Exception {
        browser.get(report.resolveSibling("docs/000_dbb2c527d554b9b9.txt.html")
                .toUri()
                .toString());
        WebElement actor = browser.findElement(By.cssSelector("#text .ann-actor"));
        String highlighted = actor.getCssValue("background-color");
        assertThat(highlighted).isNotEqualTo("rgba(0, 0, 0, 0)");

        browser.findElement(By.cssSelector("#filters input[data-type='actor']")).click();
        assertThat(actor.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(browser.findElement(By.cssSelector("#text .ann-location")).getCssValue("background-color"))
                .isNotEqualTo("rgba(0, 0, 0, 0)");

        List<WebElement> listed = browser.findElements(By.cssSelector("#findings li[data-rule='accent-apostrophe']"));
        assertThat(listed).isNotEmpty().allMatch(WebElement::isDisplayed);
        browser.findElement(By.cssSelector("#filters input[data-filter-rule='accent-apostrophe']"))
                .click();
        assertThat(listed).noneMatch(WebElement::isDisplayed);
        browser.findElement(By.cssSelector("#filters input[data-filter-rule='accent-apostrophe']"))
                .click();

        WebElement link = browser.findElement(By.cssSelector("#findings li a[href='#f-4']"));
        link.click();
        assertThat(browser.getCurrentUrl()).endsWith("#f-4");
        WebElement finding = browser.findElement(By.id("f-4"));
        assertThat(finding.getText()).contains("´");
        boolean inView = (Boolean) ((JavascriptExecutor) browser)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                        finding);
        assertThat(inView).as("the finding is scrolled into view").isTrue();

        Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(screenshot, TARGET.resolve("review-report.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
