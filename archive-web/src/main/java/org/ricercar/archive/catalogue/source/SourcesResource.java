package org.ricercar.archive.catalogue.source;

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

/** The catalogue's sources: list and add. */
@Path("/sources")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

  @Inject SourceService service;

  @GET
  @PermitAll
  @Operation(
      summary = "List sources",
      description = "Sort: title, date, updated. With work, only the sources of that work.")
  public Page<SourceSummary> listSources(
      @BeanParam PageParameters paging,
      @QueryParam("work") @Parameter(description = "Only sources of this work id") String work,
      @Context SecurityContext security) {
    return service.list(
        paging.toRequest(), Caller.of(security).viewer(), QueryValues.optionalId("work", work));
  }

  @POST
  @RolesAllowed(Roles.LIBRARIAN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Catalogue a new source of a work")
  public Response createSource(
      SourceDetails details, @Context SecurityContext security, @Context UriInfo uri) {
    SourceView created = service.create(details, Caller.of(security).actor());
    return RecordResponses.created(
        created, uri.getBaseUriBuilder().path("sources/{id}").build(created.id()));
  }
}
