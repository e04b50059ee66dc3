package org.ricercar.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ricercar.archive.it.CatalogueJson.unique;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ricercar.archive.it.Deployments;
import org.ricercar.archive.it.ItSettings;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.ScoreFiles;

/**
 * The web UI in a real browser (headless Chromium) against the deployed application and a real
 * Keycloak: a librarian signs in, catalogues a composer, a work and a source, and signs out; an
 * anonymous visitor then finds the work by searching and sees its composer and source.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Deployment(testable = false)
  @TargetsContainer("h2")
  static WebArchive application() {
    KeycloakServer.shared();
    return Deployments.application();
  }

  private ChromeDriverService service;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    Path profile = Files.createTempDirectory(ItSettings.dir().resolve("tmp"), "chromium-");
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(ItSettings.require("ricercar.it.chromedriver")))
            .usingAnyFreePort()
            .build();
    var options = new ChromeOptions();
    options.setBinary(ItSettings.require("ricercar.it.chromium"));
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
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, PATIENCE);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  @Test
  void aLibrarianCataloguesAWorkThatAVisitorThenFinds() {
    String marker = unique();
    String composer = "Augusta Holmès " + marker;
    String title = "La Nuit et l'Amour " + marker;
    String source = "First edition, Hamelle " + marker;

    browser.get(ItSettings.appUrl().toString());
    signIn("librarian");

    click(link("Add person"));
    type("Name", composer);
    click(button("Save"));
    wait.until(ExpectedConditions.urlMatches("/people/\\d+$"));
    assertThat(heading()).contains(composer);

    click(link("Add work"));
    type("Title", title);
    type("Find a composer", marker);
    click(button("Add " + composer));
    click(button("Save"));
    wait.until(ExpectedConditions.urlMatches("/works/\\d+$"));
    String workUrl = browser.getCurrentUrl();
    assertThat(heading()).contains(title);

    click(link("Add source"));
    new Select(field("Kind")).selectByValue("PRINT");
    type("Title", source);
    click(button("Save"));
    wait.until(ExpectedConditions.urlMatches("/sources/\\d+$"));

    click(button("Sign out"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(button("Sign in")));

    browser.get(ItSettings.appUrl().toString());
    type("Search the archive", "holmes " + marker);
    field("Search the archive").submit();
    wait.until(ExpectedConditions.urlContains("/search"));
    click(link(title));
    wait.until(ExpectedConditions.urlToBe(workUrl));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), source));
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains(title, composer, source);
    assertThat(browser.findElements(button("Edit"))).as("no editing for visitors").isEmpty();
  }

  @Test
  void aLibrarianImportsAZipWatchesItAndSeesTheScore() throws Exception {
    String marker = unique();
    String title = "Wiegenlied " + marker;
    Path zip = Files.createTempFile(ItSettings.dir().resolve("tmp"), "lieder-", ".zip");
    Files.write(
        zip,
        ScoreFiles.zip(
            Map.of("lieder/wiegenlied.musicxml", ScoreFiles.musicXml(title, "Lang, Josephine"))));

    browser.get(ItSettings.appUrl().toString());
    signIn("librarian");
    click(link("Import"));
    wait.until(ExpectedConditions.urlMatches("/imports$"));
    field("Zip file").sendKeys(zip.toAbsolutePath().toString());
    new Select(browser.findElement(By.id("field-zip-rights"))).selectByValue(ScoreFiles.CC0);
    click(button("Start import"));

    wait.until(ExpectedConditions.urlMatches("/imports/\\d+$"));
    WebElement progress =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-progress")));
    assertThat(progress.getAttribute("aria-label")).isEqualTo("Import progress");
    wait.until(
        driver -> {
          WebElement bar = driver.findElement(By.id("import-progress"));
          return bar.getAttribute("max") != null
              && bar.getAttribute("max").equals(bar.getAttribute("value"));
        });
    click(link(title));

    wait.until(ExpectedConditions.urlMatches("/works/\\d+$"));
    WebElement score =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='score'] svg")));
    assertThat(score.findElements(By.cssSelector("*")))
        .as("engraved notation")
        .hasSizeGreaterThan(20);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(title, "Josephine Lang");
  }

  private void signIn(String user) {
    click(button("Sign in"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(ItSettings.demoPassword());
    browser.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(button("Sign out")));
  }

  private String heading() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
  }

  private void type(String label, String text) {
    WebElement input = field(label);
    input.clear();
    input.sendKeys(text);
  }

  /** The form control labelled with this text, as a screen reader would find it. */
  private WebElement field(String label) {
    WebElement labelElement =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//label[normalize-space(.)='"
                        + label
                        + "' or starts-with(normalize-space(.), '"
                        + label
                        + " ')]")));
    return browser.findElement(By.id(labelElement.getAttribute("for")));
  }

  private void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  private static By button(String text) {
    return By.xpath("//button[normalize-space(.)=\"" + text + "\"]");
  }

  private static By link(String text) {
    return By.xpath("//a[normalize-space(.)=\"" + text + "\"]");
  }
}
