package naba.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import naba.pipeline.NabaPipeline;
import naba.search.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the page in headless Chromium as a person would: analyze the seed article and see its entities, save it,
 * search «لافروف», open the entity page. Skips without Debian's chromium and chromium-driver, fails under CI=true.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static Archive archive;
    static NabaServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but /usr/bin/chromium or /usr/bin/chromedriver is missing; "
                    + "apt-get install -y chromium chromium-driver");
        }
        assumeTrue(present, "headless Chromium not installed (apt-get install chromium chromium-driver)");
        archive = Archive.open(dir.resolve("archive"));
        server = new NabaServer(archive, NabaPipeline.standard(), NabaServer.Options.defaults(0));
        base = "http://127.0.0.1:" + server.start() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void analyzeSaveSearchAndOpenTheEntityPage() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(base);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("empty-hint")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("empty-hint")).getText()).contains("naba index");

        String seed = Files.readString(SharedData.seed());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('text-input').value = arguments[0];", seed);
        browser.findElement(By.id("analyze-btn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article .ent-PERS")));
        List<String> people = browser.findElements(By.cssSelector("#article .ent-PERS")).stream()
                .map(WebElement::getText).toList();
        assertThat(people).contains("جون كيري", "لافروف");
        assertThat(browser.findElements(By.cssSelector("#article .ent-LOC"))).extracting(WebElement::getText)
                .contains("سوريا");
        assertThat(browser.findElements(By.cssSelector("#side .side-entity"))).isNotEmpty();
        screenshot("analyze");

        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        browser.findElement(By.id("save-btn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "حُفظ في الأرشيف"));

        browser.findElement(By.id("tab-explore")).click();
        WebElement box = browser.findElement(By.id("search-input"));
        box.clear();
        box.sendKeys("لافروف");
        browser.findElement(By.id("search-btn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit mark")));
        assertThat(browser.findElements(By.cssSelector("#results .hit mark"))).extracting(WebElement::getText)
                .contains("لافروف");
        screenshot("search");

        WebElement lavrov = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//aside[@id='facets']//button[contains(., 'لافروف')]")));
        lavrov.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#entity-page h2")));
        assertThat(browser.findElement(By.cssSelector("#entity-page h2")).getText()).contains("لافروف");
        assertThat(browser.findElements(By.cssSelector("#entity-page .cooccurring li"))).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("كيري"));
        assertThat(browser.findElements(By.cssSelector("#entity-page .entity-docs li"))).hasSize(1);
        screenshot("entity");
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path out = Path.of(System.getProperty("naba.screenshots", System.getProperty("java.io.tmpdir") + "/naba-screenshots"));
        Files.createDirectories(out);
        Files.write(out.resolve("browser-" + name + ".png"), png);
    }
}
