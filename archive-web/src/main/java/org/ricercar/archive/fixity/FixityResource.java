package org.ricercar.archive.fixity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.http.PageParameters;
import org.ricercar.archive.identity.Roles;

/** The fixity audit: its findings, its log, and running it on demand. */
@Path("/fixity")
@Tag(name = "Fixity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LIBRARIAN)
public class FixityResource {

  @Inject FixityService fixity;

  @Inject FixityAudit audit;

  @GET
  @Operation(summary = "How much of the store is checked, and every missing or changed file")
  public FixityReport readFixity() {
    return fixity.report();
  }

  @GET
  @Path("/checks")
  @Operation(summary = "The fixity checks, newest first")
  public Page<FixityReport.Check> listFixityChecks(@BeanParam PageParameters paging) {
    return fixity.checks(paging.toRequest());
  }

  @POST
  @Path("/runs")
  @Operation(
      summary = "Start an audit now",
      description =
          "Re-hashes every stored file, least recently checked first, in the background."
              + " Answers 202 whether this starts an audit or one is already running.")
  public Response startFixityAudit() {
    audit.start();
    return Response.accepted(fixity.report()).build();
  }
}
