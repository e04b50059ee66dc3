package org.ricercar.archive.governance;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.governance.guideline.Guidelines;
import org.ricercar.governance.guideline.RevisionView;

/**
 * A guideline's revisions, each citable by number. A class of its own: its path must be more
 * specific than the catalogue's {@code /{kind}/{id}/revisions} to be matched before it.
 */
@Path("/guidelines/{id}/revisions")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
public class GuidelineRevisionsResource {

  @Inject Guidelines guidelines;

  @GET
  @Path("{number}")
  @PermitAll
  @Operation(summary = "One revision's text; frozen and adopted revisions never change")
  public RevisionView readRevision(
      @PathParam("id") long id,
      @PathParam("number") int number,
      @Context SecurityContext security) {
    return guidelines.revision(id, number, Participants.of(security));
  }
}
