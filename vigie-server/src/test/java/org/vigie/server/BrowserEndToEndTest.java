package org.vigie.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.store.EventStore;

/**
 * The web page driven in headless Chromium as an analyst would use it: load, filter, brush the
 * timeline, open an event, read the highlighted evidence (Arabic right to left, markup shown as
 * text), accept it. Skipped when Debian's chromium and chromium-driver are not installed; the run
 * leaves screenshots in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserEndToEndTest {
  private static final String TOKEN = "e2e-token-42";
  private static final Path SHOTS = Path.of("target", "screenshots");

  private EventStore store;
  private VigieServer server;
  private ChromeDriver driver;
  private WebDriverWait wait;
  private String base;

  private static String executable(String env, String... candidates) {
    String fromEnv = System.getenv(env);
    if (fromEnv != null && new File(fromEnv).canExecute()) {
      return fromEnv;
    }
    for (String c : candidates) {
      if (new File(c).canExecute()) {
        return c;
      }
    }
    return null;
  }

  @BeforeAll
  void start(@TempDir Path dir) {
    String chromium = executable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    String chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
    assumeTrue(
        chromium != null && chromedriver != null,
        "no chromium/chromedriver: apt-get install -y chromium chromium-driver (see CI.md)");
    store = EventStore.open(dir.resolve("store"));
    TestArticles.load(store);
    server =
        new VigieServer(store, ServerConfig.forTests(TOKEN), () -> TestArticles.EXTRACTOR).start();
    base = "http://127.0.0.1:" + server.port();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,950",
        "--user-data-dir=" + dir.resolve("chrome-profile").toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // the table is rebuilt after each review; a row read mid-rebuild is simply read again
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  private List<WebElement> rows() {
    return driver.findElements(By.cssSelector("#events tbody tr"));
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private void waitForReload(String before) {
    wait.until(
        d -> {
          String now = d.findElement(By.tagName("body")).getAttribute("data-loaded");
          return now != null && !now.equals(before);
        });
  }

  private String loadedStamp() {
    return driver.findElement(By.tagName("body")).getAttribute("data-loaded");
  }

  @Test
  @Order(1)
  void pageLoadsWithMapMarkersTimelineAndTable() throws IOException {
    driver.get(base + "/");
    waitForReload(null);
    assertThat(rows()).hasSize(4);
    // clustered markers: single dots or cluster bubbles, coloured by type
    wait.until(d -> !d.findElements(By.cssSelector(".ev-dot, .cluster")).isEmpty());
    wait.until(
        d ->
            !d.findElements(By.cssSelector("path.leaflet-interactive, .leaflet-overlay-pane path"))
                .isEmpty());
    assertThat(driver.findElements(By.cssSelector("#timeline rect.b"))).isNotEmpty();
    assertThat(driver.findElement(By.id("count")).getText()).contains("4");
    screenshot("main-view.png");
  }

  @Test
  @Order(2)
  void filtersNarrowTheTableAndTheMap() {
    String before = loadedStamp();
    driver.findElement(By.id("f-country")).sendKeys("UA");
    driver.findElement(By.id("f-apply")).click();
    waitForReload(before);
    assertThat(rows()).hasSize(2);
    assertThat(rows()).allSatisfy(r -> assertThat(r.getText()).contains("UA"));

    before = loadedStamp();
    new Select(driver.findElement(By.id("f-type"))).selectByVisibleText("PROTEST");
    driver.findElement(By.id("f-apply")).click();
    waitForReload(before);
    assertThat(rows()).hasSize(1);
    assertThat(rows().get(0).getText()).contains("Kyiv");

    before = loadedStamp();
    driver.findElement(By.id("f-reset")).click();
    waitForReload(before);
    assertThat(rows()).hasSize(4);
  }

  @Test
  @Order(3)
  void brushingTheTimelineSetsTheDateRange() {
    WebElement svg = driver.findElement(By.id("timeline"));
    int w = svg.getSize().getWidth();
    String before = loadedStamp();
    // drag over the right-hand half: the 2025 events
    new Actions(driver)
        .moveToElement(svg, w / 4 - 2, 0)
        .clickAndHold()
        .moveByOffset(w / 4 - 2, 0)
        .release()
        .perform();
    waitForReload(before);
    assertThat(driver.findElement(By.id("f-from")).getAttribute("value")).startsWith("202");
    assertThat(rows()).hasSizeBetween(1, 3);
    before = loadedStamp();
    driver.findElement(By.id("timeline-clear")).click();
    waitForReload(before);
    assertThat(rows()).hasSize(4);
  }

  @Test
  @Order(4)
  void arabicEvidenceIsHighlightedRightToLeft() throws IOException {
    rows().stream().filter(r -> r.getText().contains("Sumy")).findFirst().orElseThrow().click();
    WebElement text = wait.until(d -> d.findElement(By.cssSelector("#panel .article .text")));
    assertThat(text.getAttribute("dir")).isEqualTo("rtl");
    assertThat(text.getAttribute("lang")).isEqualTo("ar");
    assertThat(text.getText()).contains("قصف صاروخي");
    List<String> marks =
        text.findElements(By.cssSelector("mark.ev")).stream().map(WebElement::getText).toList();
    assertThat(marks).contains("قصف صاروخي", "سومي", "يوم الأحد", "قتل 34 شخصا", "أصيب 117");
    assertThat(text.findElement(By.cssSelector("mark.ev-place")).getText()).isEqualTo("سومي");
    assertThat(driver.findElement(By.id("panel")).getText()).contains("34").contains("117");
    screenshot("event-panel-ar.png");
  }

  @Test
  @Order(5)
  void markupInArticleTextIsShownNotRun() {
    rows().stream().filter(r -> r.getText().contains("Kidal")).findFirst().orElseThrow().click();
    wait.until(d -> d.findElement(By.id("panel")).getText().contains("Kidal"));
    WebElement text = driver.findElement(By.cssSelector("#panel .article .text"));
    assertThat(text.getText()).contains("<script>alert('x')</script>");
    assertThat(text.findElements(By.tagName("script"))).isEmpty();
    assertThat(driver.findElement(By.id("panel")).getText()).contains("claimed");
    assertThat(text.findElement(By.cssSelector("mark.ev-claim")).getText())
        .isEqualTo("claimed the attack");
  }

  @Test
  @Order(6)
  void reviewerAcceptsAnEventAndTheTrailShowsIt() {
    // still on the Kidal event
    driver.findElement(By.id("r-reviewer")).sendKeys("amina");
    driver.findElement(By.id("r-token")).sendKeys("wrong-token");
    driver.findElement(By.id("r-accept")).click();
    wait.until(d -> d.findElement(By.id("review-msg")).getText().contains("token"));

    WebElement token = driver.findElement(By.id("r-token"));
    token.clear();
    token.sendKeys(TOKEN);
    driver.findElement(By.id("r-reason")).sendKeys("two outlets agree");
    driver.findElement(By.id("r-accept")).click();
    wait.until(d -> d.findElement(By.id("review-state")).getText().equals("accepted"));
    assertThat(driver.findElement(By.cssSelector("ol.trail")).getText())
        .contains("amina")
        .contains("accept")
        .contains("two outlets agree");
    wait.until(
        d ->
            rows().stream()
                .anyMatch(r -> r.getText().contains("Kidal") && r.getText().contains("accepted")));
  }

  @Test
  @Order(7)
  void theInterfaceSwitchesToArabicRightToLeft() throws IOException {
    new Select(driver.findElement(By.id("ui-lang"))).selectByValue("ar");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(driver.findElement(By.id("f-apply")).getText()).isEqualTo("تطبيق");
    Object errors = ((JavascriptExecutor) driver).executeScript("return window.__errors || []");
    assertThat(errors.toString()).isEqualTo("[]");
    screenshot("main-view-ar.png");
    new Select(driver.findElement(By.id("ui-lang"))).selectByValue("en");
  }
}
