package org.ricercar.archive.catalogue.work;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.http.PageParameters;
import org.ricercar.archive.http.QueryValues;
import org.ricercar.archive.http.RecordResponses;
import org.ricercar.archive.identity.Caller;
import org.ricercar.archive.identity.Roles;

/** The catalogue's works: browse and add. */
@Path("/works")
@Tag(name = "Works")
@Produces(MediaType.APPLICATION_JSON)
public class WorksResource {

  @Inject WorkService works;

  @GET
  @PermitAll
  @Operation(
      summary = "Browse works",
      description =
          "Lists works in the requested order (sort: title, date, catalogueNumber, updated),"
              + " optionally only those of one composer. To search them, use /search.")
  public Page<WorkSummary> listWorks(
      @BeanParam PageParameters paging,
      @QueryParam("composer") @Parameter(description = "Only works by this person id")
          String composer,
      @Context SecurityContext security) {
    return works.list(
        paging.toRequest(),
        Caller.of(security).viewer(),
        QueryValues.optionalId("composer", composer));
  }

  @POST
  @RolesAllowed(Roles.LIBRARIAN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Catalogue a new work")
  public Response createWork(
      WorkDetails details, @Context SecurityContext security, @Context UriInfo uri) {
    WorkView created = works.create(details, Caller.of(security).actor());
    return RecordResponses.created(
        created, uri.getBaseUriBuilder().path("works/{id}").build(created.id()));
  }
}
