package org.ricercar.archive.governance;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.governance.framework.Framework;
import org.ricercar.governance.framework.FrameworkView;

/** The UNESCO framework the guidelines are built on. */
@Path("/framework")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {

  @Inject Framework framework;

  @GET
  @PermitAll
  @Operation(
      summary = "The framework",
      description =
          "The Recommendation's 4 values, 10 principles (with the guideline clauses serving each)"
              + " and 11 policy areas.")
  public FrameworkView framework(@Context SecurityContext security) {
    return framework.view(Participants.of(security));
  }
}
