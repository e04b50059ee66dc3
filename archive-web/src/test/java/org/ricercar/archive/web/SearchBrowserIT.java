package org.ricercar.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ricercar.archive.it.CatalogueJson.aPerson;
import static org.ricercar.archive.it.CatalogueJson.aWork;
import static org.ricercar.archive.it.CatalogueJson.unique;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Browser;
import org.ricercar.archive.it.Deployments;
import org.ricercar.archive.it.KeycloakServer;

/**
 * The search page in Chromium: a visitor searches by words, narrows by a facet and widens again
 * with the filter chip; then plays a melody on the on-screen keyboard, in another key than the
 * work's incipit, and finds the work with the matched notes marked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {

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
    browser.savePage("search-browser-last-page");
    browser.close();
  }

  @Test
  void aVisitorNarrowsBySomeFacetAndFindsAWorkByPlayingItsMelody() {
    String marker = unique();
    Api librarian = Api.anonymous().as(KeycloakServer.shared().token("librarian"));
    long composer =
        id(librarian.post("/api/people", aPerson().named("Mel Bonis " + marker).json()));
    String melodic = "Andante " + marker;
    id(
        librarian.post(
            "/api/works",
            aWork()
                .titled(melodic)
                .by(composer)
                .with("genre", "Romance")
                .with("incipit", "G4:1/4 C5:1/4 B4:1/8 C5:1/8 D5:1/4 E5:1/2 r:1/4 D5:1/4 C5:1/2")
                .json()));
    id(
        librarian.post(
            "/api/works",
            aWork().titled("Scherzo " + marker).by(composer).with("genre", "Scherzo").json()));
    id(
        librarian.post(
            "/api/works",
            aWork().titled("Allegro " + marker).by(composer).with("genre", "Scherzo").json()));

    // The page is what is tested here; the API's own tests measure how soon a work is searchable.
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> Api.anonymous().get("/api/search?q=" + marker).json().getInt("total") == 3);
    browser.go("/search?q=" + encode("bonis " + marker));
    browser
        .waiting()
        .until(
            ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=search-hit]"), 3));
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("[data-testid=search-results] mark"))
                .getText())
        .isNotBlank();

    By scherzo = By.cssSelector("[data-testid=facet-genre] input[value=Scherzo]");
    browser.waiting().until(ExpectedConditions.elementToBeClickable(scherzo)).click();
    browser.waiting().until(ExpectedConditions.urlContains("genre=Scherzo"));
    browser
        .waiting()
        .until(
            ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=search-hit]"), 2));
    assertThat(text("[data-testid=search-results]")).doesNotContain(melodic);
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=filter-chip]")))
        .click();
    browser
        .waiting()
        .until(
            ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=search-hit]"), 3));

    browser.go("/search?mode=melody");
    browser
        .waiting()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=melody-panel]")));
    // The work's second to sixth notes, a fourth lower: F E F G A.
    for (String key : new String[] {"F4", "E4", "F4", "G4", "A4"}) {
      browser
          .waiting()
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("[data-testid='piano-key-" + key + "']")))
          .click();
    }
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("[data-testid=melody-input]"))
                .getAttribute("value"))
        .contains("F4", "E4", "G4", "A4");
    browser
        .driver()
        .findElement(
            By.xpath("//form[@data-testid='melody-panel']//button[normalize-space(.)='Search']"))
        .click();

    browser.waiting().until(ExpectedConditions.urlContains("melody="));
    browser
        .waiting()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=melody-hit]")));
    String first =
        browser
            .driver()
            .findElements(By.cssSelector("[data-testid=melody-hit]"))
            .getFirst()
            .getText();
    assertThat(first).contains(melodic).contains("100");
    browser
        .waiting()
        .until(
            ExpectedConditions.presenceOfNestedElementLocatedBy(
                By.cssSelector("[data-testid=melody-hit]"),
                By.cssSelector("[data-testid=incipit] svg")));
  }

  private String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static long id(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }
}
