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
import org.ricercar.archive.search.WorkSearch;

/** The catalogue's works: browse, search and add. */
@Path("/works")
@Tag(name = "Works")
@Produces(MediaType.APPLICATION_JSON)
public class WorksResource {

  @Inject WorkService works;

  @Inject WorkSearch search;

  @GET
  @PermitAll
  @Operation(
      summary = "Browse or search works",
      description =
          "Without q, lists works in the requested order (sort: title, date, catalogueNumber,"
              + " updated). With q, returns works matching the words in q, best match first;"
              + " case and diacritics are ignored.")
  public Page<WorkSummary> listWorks(
      @BeanParam PageParameters paging,
      @QueryParam("q") @Parameter(description = "Words to search for, e.g. dvorak serenade")
          String query,
      @QueryParam("composer") @Parameter(description = "Only works by this person id")
          String composer,
      @Context SecurityContext security) {
    var caller = Caller.of(security);
    String text = QueryValues.optionalText("q", query, 500);
    if (text != null) {
      return search.search(text, paging.toRequest(), caller.viewer());
    }
    return works.list(
        paging.toRequest(), caller.viewer(), QueryValues.optionalId("composer", composer));
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
