package org.ricercar.archive.catalogue.collection;

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
import org.ricercar.archive.http.RecordResponses;
import org.ricercar.archive.identity.Caller;
import org.ricercar.archive.identity.Roles;

/** The catalogue's collections: list and add. */
@Path("/collections")
@Tag(name = "Collections")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionsResource {

  @Inject CollectionService service;

  @GET
  @PermitAll
  @Operation(
      summary = "List collections",
      description =
          "Sort: title, updated. With topLevel=true, only collections not inside another.")
  public Page<CollectionSummary> listCollections(
      @BeanParam PageParameters paging,
      @QueryParam("topLevel") @Parameter(description = "true for top-level collections only")
          String topLevel,
      @Context SecurityContext security) {
    return service.list(paging.toRequest(), Caller.of(security).viewer(), "true".equals(topLevel));
  }

  @POST
  @RolesAllowed(Roles.LIBRARIAN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a collection")
  public Response createCollection(
      CollectionDetails details, @Context SecurityContext security, @Context UriInfo uri) {
    CollectionView created = service.create(details, Caller.of(security).actor());
    return RecordResponses.created(
        created, uri.getBaseUriBuilder().path("collections/{id}").build(created.id()));
  }
}
