package org.ricercar.archive.governance;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.http.EntityVersions;
import org.ricercar.archive.http.QueryValues;
import org.ricercar.archive.identity.Roles;
import org.ricercar.governance.Listing;
import org.ricercar.governance.guideline.DraftText;
import org.ricercar.governance.guideline.GuidelineState;
import org.ricercar.governance.guideline.GuidelineSummary;
import org.ricercar.governance.guideline.GuidelineView;
import org.ricercar.governance.guideline.Guidelines;

/** The community's guidelines: list them by state, or start a draft. */
@Path("/guidelines")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
public class GuidelinesResource {

  @Inject Guidelines guidelines;

  @GET
  @PermitAll
  @Operation(
      summary = "List guidelines",
      description =
          "Most recently changed first. Anonymous visitors see the guidelines put to a vote;"
              + " members also see drafts and frozen texts.")
  public Page<GuidelineSummary> listGuidelines(
      @QueryParam("state") String state,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context SecurityContext security) {
    return page(
        page,
        size,
        (p, s) ->
            guidelines.list(
                QueryValues.optionalEnum("state", state, GuidelineState.class),
                p,
                s,
                Participants.of(security)));
  }

  @POST
  @RolesAllowed(Roles.MEMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a draft guideline")
  public Response startGuideline(
      DraftText draft, @Context SecurityContext security, @Context UriInfo uri) {
    GuidelineView created = guidelines.start(draft, Participants.of(security));
    return Response.created(uri.getBaseUriBuilder().path("guidelines/{id}").build(created.id()))
        .tag(EntityVersions.tag(created.version()))
        .entity(created)
        .build();
  }

  /** Pages a governance listing with the API's paging parameters. */
  static <T> Page<T> page(String page, String size, Lister<T> lister) {
    int number = page == null ? 0 : QueryValues.integer("page", page, 0, 1_000_000);
    int perPage = size == null ? 20 : QueryValues.integer("size", size, 1, PageRequest.MAX_SIZE);
    Listing<T> listing = lister.list(number, perPage);
    return new Page<>(
        listing.items(),
        number,
        perPage,
        listing.total(),
        (listing.total() + perPage - 1) / perPage);
  }

  interface Lister<T> {
    Listing<T> list(int page, int size);
  }
}
