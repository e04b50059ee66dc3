package org.ricercar.archive.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Deployments;

/**
 * The application started with an identity provider it cannot reach (and the demo catalogue):
 * visitors can still read and search, /health/ready says what is wrong, and no write gets through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityProviderDownIT {

  @Deployment(testable = false)
  @TargetsContainer("identity-down")
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api visitor = Api.anonymous();

  @Test
  void publicReadsAndSearchKeepWorking() {
    JsonObject works = visitor.get("/api/works?size=100").json();
    Set<Long> composers = new HashSet<>();
    works
        .getJsonArray("items")
        .forEach(
            work ->
                work.asJsonObject()
                    .getJsonArray("composers")
                    .forEach(c -> composers.add(c.asJsonObject().getJsonNumber("id").longValue())));
    long firstWork = works.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

    assertThat(works.getInt("totalItems")).as("demo works").isGreaterThanOrEqualTo(25);
    assertThat(composers).as("demo composers").hasSizeGreaterThanOrEqualTo(10);
    assertThat(visitor.get("/api/works/" + firstWork).status()).isEqualTo(200);
    // The index is built in the background at first start; it follows within seconds.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(visitor.get("/api/search?q=hensel").json().getInt("total"))
                    .isPositive());
    assertThat(visitor.get("/api/collections?topLevel=true").json().getInt("totalItems"))
        .isPositive();
  }

  @Test
  void readinessNamesTheIdentityProviderAsTheProblem() {
    Api.Reply ready = visitor.get("/health/ready");

    assertThat(ready.status()).isEqualTo(503);
    var checks = ready.json().getJsonArray("checks").stream().map(c -> c.asJsonObject()).toList();
    assertThat(checks)
        .anySatisfy(
            c -> {
              assertThat(c.getString("name")).isEqualTo("identity-provider");
              assertThat(c.getString("status")).isEqualTo("DOWN");
              assertThat(c.getJsonObject("data").getString("error")).startsWith("unreachable");
            })
        .anySatisfy(
            c -> {
              assertThat(c.getString("name")).isEqualTo("database");
              assertThat(c.getString("status")).isEqualTo("UP");
            });
  }

  @Test
  void writesAreRefusedWithoutAVerifiableToken() {
    String unverifiable = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

    assertThat(visitor.post("/api/people", "{\"name\": \"Anonymous\"}").status()).isEqualTo(401);
    assertThat(visitor.as(unverifiable).post("/api/people", "{\"name\": \"Forged\"}").status())
        .isEqualTo(401);
    assertThat(visitor.get("/api/people?q=forged").json().getInt("totalItems")).isZero();
  }
}
