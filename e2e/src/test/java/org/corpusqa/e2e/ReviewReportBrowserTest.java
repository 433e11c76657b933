package org.corpusqa.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Uses the review report of the seed corpus the way a reviewer does: open the overview, open the
 * worst document, switch an annotation type and a rule off, follow a finding to its place. Runs
 * Debian's chromium headless through its chromedriver (both installed by {@code .ci/run}); on a
 * developer machine without them the test is skipped, on CI it fails.
 */
class ReviewReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TARGET = Path.of("target");

    private static ChromeDriver browser;
    private static Path report;

    @BeforeAll
    static void annotateTheSeedCorpusAndStartChromium() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null) {
            assertThat(installed)
                    .as("CI must install chromium and chromium-driver (.ci/run)")
                    .isTrue();
        }
        assumeTrue(installed, "chromium and chromedriver are not installed");
        Path out = TARGET.resolve("e2e");
        new CorpusChecker()
                .check(CheckRequest.builder()
                        .corpusDirectory(Path.of("../test-corpus/corpus"))
                        .actorRegistry(Path.of("../test-corpus/actors.yml"))
                        .outputDirectory(out)
                        .htmlReport(true)
                        .build());
        report = out.resolve("report/index.html").toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("corpusqa-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
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

        long loadMillis = (Long) ((JavascriptExecutor) browser)
                .executeScript("const t = performance.getEntriesByType('navigation')[0];"
                        + " return Math.round(t.loadEventEnd - t.startTime);");
        assertThat(loadMillis).isLessThan(2000);
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
