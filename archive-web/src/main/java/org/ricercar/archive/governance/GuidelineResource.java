package org.ricercar.archive.governance;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.http.EntityVersions;
import org.ricercar.archive.http.QueryValues;
import org.ricercar.archive.identity.Roles;
import org.ricercar.archive.ledger.ProvenanceResource.Trail;
import org.ricercar.governance.guideline.AmendmentText;
import org.ricercar.governance.guideline.AmendmentView;
import org.ricercar.governance.guideline.CommentText;
import org.ricercar.governance.guideline.CommentView;
import org.ricercar.governance.guideline.DiffView;
import org.ricercar.governance.guideline.DraftText;
import org.ricercar.governance.guideline.FreezeRequest;
import org.ricercar.governance.guideline.GuidelineView;
import org.ricercar.governance.guideline.Guidelines;
import org.ricercar.governance.guideline.Rejection;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.vote.Votes;

/**
 * One guideline: its text and revisions, comments and amendments per clause, and the steward's
 * freeze. Who may do what is decided in the governance module; roles here only keep out those who
 * are not signed in.
 */
@Path("/guidelines/{id}")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
public class GuidelineResource {

  @Inject Guidelines guidelines;

  @Inject Votes votes;

  @Inject Ledger ledger;

  @GET
  @PermitAll
  @Operation(summary = "A guideline with its current text, revisions and votes")
  public Response readGuideline(@PathParam("id") long id, @Context SecurityContext security) {
    return withTag(guidelines.read(id, Participants.of(security)));
  }

  @PUT
  @RolesAllowed(Roles.MEMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revise the draft (its author or a steward; needs If-Match)")
  public Response reviseGuideline(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DraftText text,
      @Context SecurityContext security) {
    long version = EntityVersions.required(ifMatch);
    return withTag(guidelines.revise(id, version, text, Participants.of(security)));
  }

  @GET
  @Path("diff")
  @PermitAll
  @Operation(summary = "Clause-level, then word-level differences between two revisions")
  public DiffView diffRevisions(
      @PathParam("id") long id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context SecurityContext security) {
    return guidelines.diff(
        id,
        QueryValues.integer("from", from == null ? "" : from, 1, 100_000),
        QueryValues.integer("to", to == null ? "" : to, 1, 100_000),
        Participants.of(security));
  }

  @GET
  @Path("comments")
  @PermitAll
  @Operation(summary = "The comments on the guideline's clauses, oldest first")
  public List<CommentView> listComments(
      @PathParam("id") long id, @Context SecurityContext security) {
    return guidelines.comments(id, Participants.of(security));
  }

  @POST
  @Path("comments")
  @RolesAllowed(Roles.MEMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on a clause, or reply to a comment")
  public Response addComment(
      @PathParam("id") long id,
      CommentText text,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    CommentView comment = guidelines.comment(id, text, Participants.of(security));
    return Response.created(uri.getRequestUriBuilder().path("{c}").build(comment.id()))
        .entity(comment)
        .build();
  }

  @GET
  @Path("amendments")
  @PermitAll
  @Operation(summary = "The amendments proposed to the guideline's clauses")
  public List<AmendmentView> listAmendments(
      @PathParam("id") long id, @Context SecurityContext security) {
    return guidelines.amendments(id, Participants.of(security));
  }

  @POST
  @Path("amendments")
  @RolesAllowed(Roles.MEMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Propose an amendment to a clause of a draft")
  public Response proposeAmendment(
      @PathParam("id") long id,
      AmendmentText text,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    AmendmentView amendment = guidelines.propose(id, text, Participants.of(security));
    return Response.created(uri.getRequestUriBuilder().path("{a}").build(amendment.id()))
        .entity(amendment)
        .build();
  }

  @POST
  @Path("amendments/{amendment}/acceptance")
  @RolesAllowed(Roles.MEMBER)
  @Operation(summary = "Accept an amendment: a new revision credits its proposer")
  public Response acceptAmendment(
      @PathParam("id") long id,
      @PathParam("amendment") long amendment,
      @Context SecurityContext security) {
    return withTag(guidelines.accept(id, amendment, Participants.of(security)));
  }

  @POST
  @Path("amendments/{amendment}/rejection")
  @RolesAllowed(Roles.MEMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject an amendment, with a reason")
  public AmendmentView rejectAmendment(
      @PathParam("id") long id,
      @PathParam("amendment") long amendment,
      Rejection rejection,
      @Context SecurityContext security) {
    return guidelines.reject(id, amendment, rejection, Participants.of(security));
  }

  @POST
  @Path("freeze")
  @RolesAllowed(Roles.STEWARD)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Freeze the current revision for a vote (stewards)")
  public Response freezeGuideline(
      @PathParam("id") long id, FreezeRequest request, @Context SecurityContext security) {
    return withTag(guidelines.freeze(id, request.revision(), Participants.of(security)));
  }

  @POST
  @Path("reopen")
  @RolesAllowed(Roles.MEMBER)
  @Operation(summary = "Reopen a voted-on guideline as a new draft (its author or a steward)")
  public Response reopenGuideline(@PathParam("id") long id, @Context SecurityContext security) {
    return withTag(guidelines.reopen(id, Participants.of(security)));
  }

  @GET
  @Path("provenance")
  @PermitAll
  @Operation(summary = "The guideline's ledger entries (freeze, adoption, …), newest first")
  public Trail readGuidelineProvenance(
      @PathParam("id") long id, @Context SecurityContext security) {
    guidelines.read(id, Participants.of(security));
    return new Trail(ledger.trail("guideline:" + id, 200));
  }

  private Response withTag(GuidelineView view) {
    GuidelineView full = view.withVotes(votes.heldOn(view.id()));
    return Response.ok(full).tag(EntityVersions.tag(full.version())).build();
  }
}
