package org.ricercar.governance.vote;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./ricercar recount <vote id> [<application URL>]}: recounts a closed vote from outside the
 * application, the way any member can. It downloads the vote's published result and its ballot list
 * (CSV), checks the list's SHA-256 against the published hash, counts the choices, applies the
 * quorum and threshold, and says whether everything agrees. Exit status 0 when it does.
 */
public final class RecountCommand {

  private RecountCommand() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 1) {
      System.err.println(
          "usage: recount <vote id> [<application URL, default http://127.0.0.1:8080>]");
      System.exit(2);
    }
    long id = Long.parseLong(args[0]);
    String base = args.length > 1 ? args[1] : "http://127.0.0.1:8080";
    Recount recount = recount(HttpClient.newHttpClient(), base, id);
    recount.lines().forEach(System.out::println);
    System.exit(recount.agrees() ? 0 : 1);
  }

  /** What a recount found: the lines to print, and whether everything agreed. */
  public record Recount(List<String> lines, boolean agrees) {}

  /** Recounts the closed vote {@code id} of the application at {@code base}. */
  public static Recount recount(HttpClient http, String base, long id)
      throws IOException, InterruptedException {
    String root = base.replaceAll("/+$", "");
    JsonObject vote = readJson(get(http, root + "/api/votes/" + id, "application/json"));
    JsonObject result = vote.getJsonObject("result");
    if (result == null) {
      return new Recount(
          List.of("Vote " + id + " has not closed yet: its ballot list is not published."), false);
    }
    String csv = get(http, root + "/api/votes/" + id + "/ballots", "text/csv");
    String hash = BallotList.sha256(csv);
    Decision recount =
        Decision.of(
            BallotList.count(csv),
            vote.getInt("electorate"),
            vote.getInt("quorum"),
            Threshold.valueOf(vote.getString("threshold")));
    Tally tally = recount.tally();
    boolean hashMatches = hash.equals(result.getString("listHash"));
    boolean tallyMatches =
        tally.yes() == result.getJsonNumber("yes").longValue()
            && tally.no() == result.getJsonNumber("no").longValue()
            && tally.abstain() == result.getJsonNumber("abstain").longValue();
    boolean outcomeMatches = recount.outcome().name().equals(result.getString("outcome"));
    var lines = new ArrayList<String>();
    lines.add(
        String.format(
            "Vote %d on \"%s\", revision %d",
            id, vote.getString("guidelineTitle"), vote.getInt("revision")));
    lines.add(
        String.format(
            "Ballot list: %d ballots, SHA-256 %s (%s the published hash)",
            tally.ballots(), hash, hashMatches ? "matches" : "DOES NOT MATCH"));
    lines.add(
        String.format(
            "Recount: yes %d, no %d, abstain %d (%s the published tally)",
            tally.yes(), tally.no(), tally.abstain(), tallyMatches ? "matches" : "DOES NOT MATCH"));
    lines.add(
        String.format(
            "Quorum: %d of %d electors needed (%d %%), %d voted: %s",
            recount.quorumBallots(),
            recount.electorate(),
            vote.getInt("quorum"),
            tally.ballots(),
            recount.quorumMet() ? "met" : "not met"));
    lines.add(
        String.format(
            "Threshold %s: %s",
            vote.getString("threshold"), recount.thresholdMet() ? "reached" : "not reached"));
    lines.add(
        String.format(
            "Outcome: %s (%s the published outcome)",
            recount.outcome(), outcomeMatches ? "matches" : "DOES NOT MATCH"));
    return new Recount(lines, hashMatches && tallyMatches && outcomeMatches);
  }

  private static String get(HttpClient http, String url, String accept)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static JsonObject readJson(String text) {
    try (var reader = JsonProvider.provider().createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
