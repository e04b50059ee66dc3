package org.ricercar.archive.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.http.EntityVersions;
import org.ricercar.archive.http.RecordResponses;
import org.ricercar.archive.identity.Caller;
import org.ricercar.archive.identity.Roles;

/**
 * Withdrawing a record from public view (with a reason) and reinstating it. Records are never
 * deleted; a withdrawn record answers 410 Gone to the public and stays visible to librarians.
 */
@Path("/{kind}/{id}/withdrawal")
@Tag(name = "Withdrawal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LIBRARIAN)
public class WithdrawalsResource {

  /**
   * Why a record is withdrawn.
   *
   * @param reason shown to librarians and kept in the record's history
   */
  public record WithdrawalRequest(
      @NotBlank(message = "a reason is required") @Size(max = 1000) String reason) {}

  @Inject CatalogueServices services;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Withdraw a record from public view (needs If-Match)")
  public Response withdrawRecord(
      @PathParam("kind") @Parameter(description = "works, people, sources or collections")
          String kind,
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      WithdrawalRequest request,
      @Context SecurityContext security) {
    long version = EntityVersions.required(ifMatch);
    Object withdrawn =
        service(kind).withdraw(id, version, request.reason(), Caller.of(security).actor());
    return RecordResponses.ok((RecordView) withdrawn);
  }

  @DELETE
  @Operation(summary = "Reinstate a withdrawn record (needs If-Match)")
  public Response reinstateRecord(
      @PathParam("kind") String kind,
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context SecurityContext security) {
    long version = EntityVersions.required(ifMatch);
    Object reinstated = service(kind).reinstate(id, version, Caller.of(security).actor());
    return RecordResponses.ok((RecordView) reinstated);
  }

  private CatalogueService<?, ?, ?> service(String kind) {
    return services.of(RecordKind.fromPath(kind).orElseThrow(NotFoundException::new));
  }
}
