package cn.scorecard.app.browser;

import cn.scorecard.app.documents.Downloads;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
 * One headless Debian Chromium for all browser tests of the JVM (starting a browser per test would cost
 * seconds each). Downloads land in a temporary folder; screenshots in target/screenshots.
 */
final class Browser {
    static final Path DOWNLOADS = tempDir("scorecard-downloads");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static WebDriver driver;

    private Browser() {
    }

    static synchronized WebDriver driver() {
        if (driver == null) {
            System.setProperty("SE_OFFLINE", "true");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1500,1100",
                    "--user-data-dir=" + tempDir("scorecard-chromium"));
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", DOWNLOADS.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
            options.setExperimentalOption("prefs", prefs);
            // the console, so that a test can see what the content security policy refused
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> driver.quit()));
        }
        return driver;
    }

    /**
     * Opens a page and waits until its document has loaded: a get could return while the new document was still
     * being parsed (seen in full runs: 8 of the ranking's 12 rows, a row without its cells), so a test read half a page.
     */
    static void open(WebDriver d, String url) {
        d.get(url);
        awaitLoaded(d);
    }

    static void awaitLoaded(WebDriver d) {
        new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) x).executeScript("return document.readyState")));
    }

    static void login(String baseUrl, String username, String password) {
        WebDriver d = driver();
        d.manage().deleteAllCookies();
        open(d, baseUrl + "/login");
        d.findElement(By.id("username")).sendKeys(username);
        d.findElement(By.id("password")).sendKeys(password);
        d.findElement(By.id("login")).click();
        new WebDriverWait(d, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        awaitLoaded(d); // the page after sign-in, so that the next get does not race its navigation
    }

    /** Emulates a phone 390 px wide (device metrics, so media queries and the viewport meta apply). */
    static void phone() {
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the desktop window every other test expects. */
    static void desktop() {
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Clicks after scrolling the element to the middle of the window at once: Bootstrap makes scrolling smooth, so
     * WebDriver's own scrolling may still be under way when it clicks far down a page.
     */
    static void click(WebElement e) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.click();
    }

    /** Runs a script in the page and returns its value. */
    static Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(js, args);
    }

    /** The page scrolls sideways (its content is wider than the window). */
    static boolean scrollsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    /** An element's computed CSS property, e.g. background-color as "rgb(209, 231, 221)". */
    static String computed(WebElement e, String property) {
        return (String) script("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);", e, property);
    }

    /** The console messages since the last call that report something the content security policy refused. */
    static java.util.List<String> contentSecurityViolations() {
        return driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    static WebDriverWait await() {
        return new WebDriverWait(driver(), Duration.ofSeconds(30));
    }

    static Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a download whose name ends with the suffix and returns it. */
    static Path awaitDownload(String suffix) throws InterruptedException, IOException {
        for (int i = 0; i < 120; i++) {
            try (var files = Files.list(DOWNLOADS)) {
                var found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) return found.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no download ending with " + suffix);
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
