package org.ricercar.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ricercar.archive.it.Browser.button;
import static org.ricercar.archive.it.Browser.link;
import static org.ricercar.archive.it.CatalogueJson.unique;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ricercar.archive.governance.GovernanceJson;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Browser;
import org.ricercar.archive.it.Deployments;
import org.ricercar.archive.it.KeycloakServer;

/**
 * Governance in a real browser: a member drafts a guideline, another proposes an amendment, the
 * author accepts it, a steward freezes the text and opens a short vote, three members vote, the
 * vote closes by itself, and a voter finds their receipt in the published ballot list. And a member
 * whose computer's clock runs fast still sees the vote open, and votes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernanceBrowserIT {

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
    browser.savePage("governance-browser-last-page");
    browser.close();
  }

  @Test
  void aGuidelineIsDraftedAmendedVotedOnAndItsBallotsRecountable() {
    String title = "Marking supplied notes " + unique();

    // A member drafts.
    browser.go("/guidelines");
    browser.signIn("member");
    browser.click(link("Start a guideline"));
    browser.type("Title", title);
    browser.type("Text of clause 1", "Every note a model supplied is marked as supplied.");
    browser.click(By.id("clause-0-principle-transparency"));
    browser.click(button("Save"));
    browser.waiting().until(ExpectedConditions.urlMatches("/guidelines/\\d+$"));
    String guideline = path();
    assertThat(browser.heading()).contains(title);
    browser.signOut();

    // Another member proposes an amendment.
    browser.go(guideline);
    browser.signIn("librarian");
    browser.go(guideline);
    browser.click(button("Propose an amendment"));
    browser.type(
        "Proposed text",
        "Every note a model supplied is marked, in the score and in every export.");
    browser.type("Rationale", "Exports leave the archive; the marks must travel with them.");
    browser.click(button("Propose amendment"));
    browser.visible(By.cssSelector("li.amendment[data-state='proposed']"));
    browser.signOut();

    // The author accepts it.
    browser.go(guideline);
    browser.signIn("member");
    browser.go(guideline);
    browser.click(By.cssSelector("li.amendment[data-state='proposed'] button[id$='-accept']"));
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "in every export."));
    browser.signOut();

    // A steward freezes it and opens a vote that closes in under a minute.
    browser.go(guideline);
    browser.signIn("steward");
    browser.go(guideline);
    browser.click(button("Freeze current revision"));
    browser.click(By.id("confirm-freeze"));
    assertThat(browser.visible(By.id("revision-hash")).getText()).containsPattern("[0-9a-f]{64}");
    browser.click(By.id("open-vote"));
    String closes =
        LocalDateTime.now()
            .plusSeconds(45)
            .truncatedTo(ChronoUnit.SECONDS)
            .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    browser.setValue(By.id("field-closesAt"), closes);
    browser.type("Quorum (%)", "0");
    browser.click(By.id("open-vote-submit"));
    browser.waiting().until(ExpectedConditions.urlMatches("/votes/\\d+$"));
    String vote = path();
    castBallot("choice-yes");
    browser.signOut();

    // Two more members vote; the author keeps their receipt.
    browser.go(vote);
    browser.signIn("member");
    browser.go(vote);
    String receipt = castBallot("choice-yes");
    browser.signOut();
    browser.go(vote);
    browser.signIn("librarian");
    browser.go(vote);
    castBallot("choice-no");
    browser.signOut();

    // The vote closes by itself; the author finds their receipt in the published list.
    browser.go(vote);
    browser.signIn("member");
    browser.go(vote + "/results");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.vote[data-state='closed']")));
    assertThat(browser.visible(By.id("vote-outcome")).getAttribute("data-outcome"))
        .isEqualTo("adopted");
    assertThat(tally("yes")).isEqualTo("2");
    assertThat(tally("no")).isEqualTo("1");
    assertThat(tally("abstain")).isEqualTo("0");
    browser.type("Find my receipt", receipt);
    browser.click(button("Find"));
    assertThat(browser.visible(By.cssSelector("#ballot-list tr.receipt-match")).getText())
        .contains(receipt);
    assertThat(browser.visible(By.id("recount-result")).getText())
        .contains("yes 2, no 1, abstain 0", "This matches the published result.");
  }

  @Test
  void aBrowserWhoseClockIsFastCountsDownOnTheServersClock() {
    Api member = Api.anonymous().as(KeycloakServer.shared().token("member"));
    Api steward = Api.anonymous().as(KeycloakServer.shared().token("steward"));
    long guideline =
        member
            .post("/api/guidelines", GovernanceJson.draft("Clock " + unique(), "A clause."))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(
            steward.post("/api/guidelines/" + guideline + "/freeze", "{\"revision\":1}").status())
        .isEqualTo(200);
    Api.Reply opened =
        steward.post(
            "/api/votes",
            GovernanceJson.voteRules(guideline, Instant.now().plusSeconds(150), 0, "SIMPLE"));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    String vote = "/votes/" + opened.json().getJsonNumber("id");

    browser.go(vote);
    browser.signIn("member");
    // Four minutes fast: by this computer's clock the vote closed a minute and a half ago.
    browser.setClockAhead(Duration.ofMinutes(4));
    browser.go(vote);
    long browserAhead =
        ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return Date.now();"))
                .longValue()
            - System.currentTimeMillis();
    assertThat(browserAhead).isGreaterThan(Duration.ofMinutes(3).toMillis());

    assertThat(browser.visible(By.id("countdown")).getText())
        .matches("Closes in (2 minutes|1 minute)( \\d+ seconds?)?");
    assertThat(castBallot("choice-yes")).isNotBlank();
  }

  private String tally(String choice) {
    return browser.visible(By.cssSelector("#tally td[data-choice='" + choice + "']")).getText();
  }

  /** Chooses an option on the vote page, casts it and returns the receipt shown. */
  private String castBallot(String option) {
    browser.click(By.id(option));
    browser.click(By.id("cast-ballot"));
    return browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code")))
        .getText()
        .strip();
  }

  private String path() {
    return java.net.URI.create(browser.driver().getCurrentUrl()).getPath();
  }
}
