package org.ricercar.archive.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through ChromeDriver, as a test's user: signs in through
 * Keycloak's page, finds controls by their labels and texts as a screen reader would, and waits for
 * the page rather than sleeping.
 */
public final class Browser implements AutoCloseable {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriverService service;
  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser(ChromeDriverService service, WebDriver driver) {
    this.service = service;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, PATIENCE);
  }

  /** A new browser with an empty profile. */
  public static Browser open() {
    try {
      Path profile = Files.createTempDirectory(ItSettings.dir().resolve("tmp"), "chromium-");
      var service =
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
          "--autoplay-policy=no-user-gesture-required",
          "--window-size=1280,900",
          "--user-data-dir=" + profile);
      return new Browser(service, new ChromeDriver(service, options));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  /**
   * Sets this browser's clock ahead, as a computer whose clock runs fast: pages opened from now on
   * see {@code Date.now()} that much later.
   */
  public void setClockAhead(Duration ahead) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                "{ const now = Date.now.bind(Date); Date.now = () => now() + "
                    + ahead.toMillis()
                    + "; }"));
  }

  /** Opens a path of the application. */
  public void go(String path) {
    driver.get(ItSettings.appUrl().resolve(path).toString());
  }

  public void signIn(String user) {
    click(button("Sign in"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(ItSettings.demoPassword());
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(button("Sign out")));
  }

  public void signOut() {
    try {
      click(button("Sign out"));
    } catch (WebDriverException e) {
      // A page that re-renders (a vote page polling) can detach the button as it is clicked;
      // Chromium then reports the click as failed although it signed out.
      if (driver.findElements(button("Sign in")).isEmpty()) {
        throw e;
      }
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(button("Sign in")));
  }

  public void type(String label, String text) {
    WebElement input = field(label);
    input.clear();
    input.sendKeys(text);
  }

  /** The form control labelled with this text. */
  public WebElement field(String label) {
    WebElement labelElement =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//label[normalize-space(.)='"
                        + label
                        + "' or starts-with(normalize-space(.), '"
                        + label
                        + " ')]")));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  /** Clicks the element, finding it again if the page re-rendered it in the meantime. */
  public void click(By locator) {
    for (int attempt = 1; ; attempt++) {
      try {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        return;
      } catch (StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  public WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Sets an input's value as a script would and tells the page (for date-time pickers). */
  public void setValue(By locator, String value) {
    WebElement input = visible(locator);
    ((JavascriptExecutor) driver)
        .executeScript(
            "const input = arguments[0];"
                + "const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
                + "setter.call(input, arguments[1]);"
                + "input.dispatchEvent(new Event('input', {bubbles: true}));"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));",
            input,
            value);
  }

  public String heading() {
    return visible(By.tagName("h1")).getText();
  }

  public static By button(String text) {
    return By.xpath("//button[normalize-space(.)=\"" + text + "\"]");
  }

  public static By link(String text) {
    return By.xpath("//a[normalize-space(.)=\"" + text + "\"]");
  }

  /** Writes the current page's HTML to the test folder, for reading after a failure. */
  public void savePage(String name) {
    try {
      Files.writeString(ItSettings.dir().resolve(name + ".html"), driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      // Only a diagnostic; the test's own outcome stands.
    }
  }

  @Override
  public void close() {
    driver.quit();
    service.stop();
  }
}
