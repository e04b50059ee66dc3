package org.ricercar.archive.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.http.QueryValues;
import org.ricercar.archive.identity.Caller;
import org.ricercar.archive.identity.Roles;
import org.ricercar.governance.ledger.LedgerRecord;

/** Member administration, for admins: list members, grant and revoke roles. */
@Path("/members")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class MembersResource {

  @Inject MemberService members;

  @GET
  @Operation(summary = "Members, optionally those matching a search text")
  public MemberPage listMembers(
      @QueryParam("search") @Parameter(description = "Text in a name, user name or e-mail")
          String search,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return members.members(
        QueryValues.optionalText("search", search, 100),
        QueryValues.integer("page", page, 0, 100_000),
        QueryValues.integer("size", size, 1, 100));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One member with their roles")
  public Member readMember(@PathParam("id") String id) {
    return members.member(id);
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "The member's role changes, from the provenance ledger, newest first")
  public List<LedgerRecord> memberHistory(@PathParam("id") String id) {
    return members.history(id);
  }

  @PUT
  @Path("{id}/roles/{role}")
  @Operation(summary = "Grant a role (idempotent)")
  public Member grantRole(
      @PathParam("id") String id,
      @PathParam("role") String role,
      @Context SecurityContext security) {
    return members.grant(id, role, Caller.of(security).actor());
  }

  @DELETE
  @Path("{id}/roles/{role}")
  @Operation(summary = "Revoke a role (idempotent)")
  public Member revokeRole(
      @PathParam("id") String id,
      @PathParam("role") String role,
      @Context SecurityContext security) {
    return members.revoke(id, role, Caller.of(security).actor());
  }
}
