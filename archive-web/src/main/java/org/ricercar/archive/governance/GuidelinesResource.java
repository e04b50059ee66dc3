package org.ricercar.archive.governance;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.http.EntityVersions;
import org.ricercar.archive.http.PageParameters;
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
      @BeanParam PageParameters paging,
      @Context SecurityContext security) {
    PageRequest request = paging.toRequest();
    Listing<GuidelineSummary> listing =
        guidelines.list(
            QueryValues.optionalEnum("state", state, GuidelineState.class),
            request.page(),
            request.size(),
            Participants.of(security));
    return new Page<>(listing.items(), request, listing.total());
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
}
