package org.ricercar.archive.catalogue.person;

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

/** The catalogue's people: list and add. */
@Path("/people")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject PersonService service;

  @GET
  @PermitAll
  @Operation(
      summary = "List people",
      description =
          "Sort: name, born, updated. With q, only people whose name or a name variant contains q.")
  public Page<PersonSummary> listPeople(
      @BeanParam PageParameters paging,
      @QueryParam("q") @Parameter(description = "Text a name must contain") String text,
      @Context SecurityContext security) {
    return service.list(
        paging.toRequest(), Caller.of(security).viewer(), QueryValues.optionalText("q", text, 200));
  }

  @POST
  @RolesAllowed(Roles.LIBRARIAN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Catalogue a new person")
  public Response createPerson(
      PersonDetails details, @Context SecurityContext security, @Context UriInfo uri) {
    PersonView created = service.create(details, Caller.of(security).actor());
    return RecordResponses.created(
        created, uri.getBaseUriBuilder().path("people/{id}").build(created.id()));
  }
}
