package org.ricercar.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ricercar.archive.it.Browser.button;
import static org.ricercar.archive.it.Browser.link;
import static org.ricercar.archive.it.CatalogueJson.unique;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.ricercar.archive.it.Browser;
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

  @Deployment(testable = false)
  @TargetsContainer("h2")
  static WebArchive application() {
    KeycloakServer.shared();
    return Deployments.application();
  }

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aLibrarianCataloguesAWorkThatAVisitorThenFinds() {
    String marker = unique();
    String composer = "Augusta Holmès " + marker;
    String title = "La Nuit et l'Amour " + marker;
    String source = "First edition, Hamelle " + marker;

    browser.go("/");
    browser.signIn("librarian");

    browser.click(link("Add person"));
    browser.type("Name", composer);
    browser.click(button("Save"));
    browser.waiting().until(ExpectedConditions.urlMatches("/people/\\d+$"));
    assertThat(browser.heading()).contains(composer);

    browser.click(link("Add work"));
    browser.type("Title", title);
    browser.type("Find a composer", marker);
    browser.click(button("Add " + composer));
    browser.click(button("Save"));
    browser.waiting().until(ExpectedConditions.urlMatches("/works/\\d+$"));
    String workUrl = browser.driver().getCurrentUrl();
    assertThat(browser.heading()).contains(title);

    browser.click(link("Add source"));
    new Select(browser.field("Kind")).selectByValue("PRINT");
    browser.type("Title", source);
    browser.click(button("Save"));
    browser.waiting().until(ExpectedConditions.urlMatches("/sources/\\d+$"));

    browser.signOut();

    browser.go("/");
    browser.type("Search the archive", "holmes " + marker);
    browser.field("Search the archive").submit();
    browser.waiting().until(ExpectedConditions.urlContains("/search"));
    browser.click(link(title));
    browser.waiting().until(ExpectedConditions.urlToBe(workUrl));
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), source));
    String page = browser.driver().findElement(By.tagName("main")).getText();
    assertThat(page).contains(title, composer, source);
    assertThat(browser.driver().findElements(button("Edit")))
        .as("no editing for visitors")
        .isEmpty();
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

    browser.go("/");
    browser.signIn("librarian");
    browser.click(link("Import"));
    browser.waiting().until(ExpectedConditions.urlMatches("/imports$"));
    browser.field("Zip file").sendKeys(zip.toAbsolutePath().toString());
    new Select(browser.driver().findElement(By.id("field-zip-rights")))
        .selectByValue(ScoreFiles.CC0);
    browser.click(button("Start import"));

    browser.waiting().until(ExpectedConditions.urlMatches("/imports/\\d+$"));
    WebElement progress =
        browser
            .waiting()
            .until(ExpectedConditions.presenceOfElementLocated(By.id("import-progress")));
    assertThat(progress.getAttribute("aria-label")).isEqualTo("Import progress");
    browser
        .waiting()
        .until(
            driver -> {
              WebElement bar = driver.findElement(By.id("import-progress"));
              return bar.getAttribute("max") != null
                  && bar.getAttribute("max").equals(bar.getAttribute("value"));
            });
    browser.click(link(title));

    browser.waiting().until(ExpectedConditions.urlMatches("/works/\\d+$"));
    WebElement score =
        browser
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid='score'] svg")));
    assertThat(score.findElements(By.cssSelector("*")))
        .as("engraved notation")
        .hasSizeGreaterThan(20);
    assertThat(browser.driver().findElement(By.tagName("main")).getText())
        .contains(title, "Josephine Lang");
  }
}
