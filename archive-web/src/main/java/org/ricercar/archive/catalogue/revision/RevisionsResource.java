package org.ricercar.archive.catalogue.revision;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.catalogue.CatalogueServices;
import org.ricercar.archive.catalogue.RecordKind;
import org.ricercar.archive.catalogue.RecordView;
import org.ricercar.archive.http.EntityVersions;
import org.ricercar.archive.http.RecordResponses;
import org.ricercar.archive.identity.Caller;
import org.ricercar.archive.identity.Roles;

/**
 * The revision history of any catalogue record, and restoring an earlier revision. Anyone who may
 * see a record may see its history.
 */
@Path("/{kind}/{id}/revisions")
@Tag(name = "Revisions")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionsResource {

  @Inject CatalogueServices services;

  @Inject RevisionLog revisions;

  @GET
  @PermitAll
  @Operation(summary = "A record's revisions, newest first, with the fields each one changed")
  public List<RevisionView> listRevisions(
      @PathParam("kind") @Parameter(description = "works, people, sources or collections")
          String kind,
      @PathParam("id") long id,
      @Context SecurityContext security) {
    RecordKind recordKind = RecordKind.fromPath(kind).orElseThrow(NotFoundException::new);
    services.of(recordKind).requireVisible(id, Caller.of(security).viewer());
    return revisions.history(recordKind, id);
  }

  @GET
  @Path("/{number}")
  @PermitAll
  @Operation(summary = "One revision, with the record's full details after it")
  public RevisionView readRevision(
      @PathParam("kind") String kind,
      @PathParam("id") long id,
      @PathParam("number") int number,
      @Context SecurityContext security) {
    RecordKind recordKind = RecordKind.fromPath(kind).orElseThrow(NotFoundException::new);
    services.of(recordKind).requireVisible(id, Caller.of(security).viewer());
    return revisions
        .revision(recordKind, id, number)
        .orElseThrow(() -> new RevisionNotFoundException(recordKind, id, number));
  }

  @POST
  @Path("/{number}/restore")
  @RolesAllowed(Roles.LIBRARIAN)
  @Operation(
      summary = "Restore the details a record had after an earlier revision (needs If-Match)",
      description = "The restoration is itself a new revision; nothing in the history is lost.")
  public Response restoreRevision(
      @PathParam("kind") String kind,
      @PathParam("id") long id,
      @PathParam("number") int number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context SecurityContext security) {
    long version = EntityVersions.required(ifMatch);
    RecordKind recordKind = RecordKind.fromPath(kind).orElseThrow(NotFoundException::new);
    Object restored =
        services.of(recordKind).restore(id, version, number, Caller.of(security).actor());
    return RecordResponses.ok((RecordView) restored);
  }
}
