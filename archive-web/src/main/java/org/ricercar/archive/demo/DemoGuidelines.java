package org.ricercar.archive.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.ricercar.archive.http.JsonRequestBinder;
import org.ricercar.governance.Participant;
import org.ricercar.governance.guideline.DraftText;
import org.ricercar.governance.guideline.GuidelineState;
import org.ricercar.governance.guideline.Guidelines;

/**
 * Two draft guidelines for a local run, so that the guideline pages have something to comment on,
 * amend, freeze and vote on. Loaded only when there are no guidelines yet.
 */
@ApplicationScoped
public class DemoGuidelines {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Logger LOG = Logger.getLogger(DemoGuidelines.class.getName());
  private static final String RESOURCE = "/demo/guidelines.json";
  private static final Participant COMMUNITY =
      new Participant("system:demo", "ricercar-community", true, false);

  @Inject Guidelines guidelines;

  public void loadIfNone() {
    if (guidelines.list(null, 0, 1, COMMUNITY).total() > 0) {
      return;
    }
    JsonObject demo = read();
    for (JsonObject guideline : demo.getJsonArray("guidelines").getValuesAs(JsonObject.class)) {
      guidelines.start(JsonRequestBinder.bind(guideline, DraftText.class), COMMUNITY);
    }
    LOG.info(
        () ->
            "Loaded "
                + guidelines.list(GuidelineState.DRAFT, 0, 1, COMMUNITY).total()
                + " demo guideline drafts");
  }

  private static JsonObject read() {
    try (InputStream in = DemoGuidelines.class.getResourceAsStream(RESOURCE);
        var reader = JSON.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
