package org.ricercar.archive.governance;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.ArchiveSettings;
import org.ricercar.archive.catalogue.InvalidDetailsException;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.http.PageParameters;
import org.ricercar.archive.http.QueryValues;
import org.ricercar.archive.identity.Roles;
import org.ricercar.archive.ledger.ProvenanceResource.Trail;
import org.ricercar.governance.Listing;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.vote.BallotChoice;
import org.ricercar.governance.vote.BallotListView;
import org.ricercar.governance.vote.BallotReceipt;
import org.ricercar.governance.vote.ElectorRef;
import org.ricercar.governance.vote.RecountView;
import org.ricercar.governance.vote.VoteRules;
import org.ricercar.governance.vote.VoteState;
import org.ricercar.governance.vote.VoteView;
import org.ricercar.governance.vote.Votes;

/**
 * Votes on frozen guidelines: a steward opens one, members cast and change their ballots, and once
 * it has closed anyone reads the result, downloads the ballot list and recounts it.
 */
@Path("/votes")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
public class VotesResource {

  static final Duration LONGEST_VOTE = Duration.ofDays(90);

  @Inject Votes votes;

  @Inject VoteOpening opening;

  @Inject ArchiveSettings settings;

  @Inject Ledger ledger;

  @POST
  @RolesAllowed(Roles.STEWARD)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open or schedule a vote (stewards)",
      description =
          "The vote opens at once, or at opensAt; its electorate is every enabled account that"
              + " holds the member role at that moment.")
  public Response openVote(
      VoteRules rules, @Context SecurityContext security, @Context UriInfo uri) {
    Instant now = Instant.now();
    if (rules.opensAt() != null && !rules.opensAt().isBefore(rules.closesAt())) {
      throw new InvalidDetailsException("opensAt", "the vote must open before it closes");
    }
    if (rules.closesAt().isBefore(rules.start(now).plus(settings.minVoteWindow()))) {
      throw new InvalidDetailsException(
          "closesAt",
          "a vote stays open at least " + settings.minVoteWindow().toSeconds() + " seconds");
    }
    if (rules.closesAt().isAfter(now.plus(LONGEST_VOTE))) {
      throw new InvalidDetailsException("closesAt", "a vote closes within 90 days");
    }
    // A vote that opens now takes its electorate now; a scheduled one when it opens.
    List<ElectorRef> electorate = rules.opensNow(now) ? opening.electorate() : List.of();
    VoteView vote = votes.open(rules, electorate, Participants.of(security));
    return Response.created(uri.getBaseUriBuilder().path("votes/{id}").build(vote.id()))
        .entity(vote)
        .build();
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List votes",
      description = "state=SCHEDULED, OPEN or CLOSED; anonymous visitors see closed votes only.")
  public Page<VoteView> listVotes(
      @QueryParam("state") String state,
      @BeanParam PageParameters paging,
      @Context SecurityContext security) {
    PageRequest request = paging.toRequest();
    Listing<VoteView> listing =
        votes.list(
            QueryValues.optionalEnum("state", state, VoteState.class),
            request.page(),
            request.size(),
            Participants.of(security));
    return new Page<>(listing.items(), request, listing.total());
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "A vote: rules, turnout, the caller's ballot, and the result once closed")
  public VoteView readVote(@PathParam("id") long id, @Context SecurityContext security) {
    return votes.read(id, Participants.of(security));
  }

  @PUT
  @Path("{id}/ballot")
  @RolesAllowed(Roles.MEMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cast or change the caller's ballot while the vote is open")
  public BallotReceipt castBallot(
      @PathParam("id") long id, BallotChoice ballot, @Context SecurityContext security) {
    return votes.cast(id, ballot.choice(), Participants.of(security));
  }

  @GET
  @Path("{id}/ballot")
  @RolesAllowed(Roles.MEMBER)
  @Operation(summary = "The caller's ballot and receipt")
  public BallotReceipt readBallot(@PathParam("id") long id, @Context SecurityContext security) {
    return votes.ballot(id, Participants.of(security));
  }

  @GET
  @Path("{id}/ballots")
  @PermitAll
  @Operation(summary = "The published ballot list of a closed vote")
  public BallotListView listBallots(@PathParam("id") long id) {
    return votes.ballots(id);
  }

  @GET
  @Path("{id}/ballots")
  @PermitAll
  @Produces("text/csv")
  @Operation(summary = "The published ballot list as CSV; its SHA-256 is the result's listHash")
  public Response listBallotsCsv(@PathParam("id") long id) {
    return Response.ok(votes.ballotsCsv(id), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "inline; filename=\"vote-" + id + "-ballots.csv\"")
        .build();
  }

  @GET
  @Path("{id}/provenance")
  @PermitAll
  @Operation(
      summary = "The vote's ledger entries, newest first",
      description = "Its opening, every cast (pseudonymous, without the choice) and its close.")
  public Trail readVoteProvenance(@PathParam("id") long id, @Context SecurityContext security) {
    votes.read(id, Participants.of(security));
    return new Trail(ledger.trail("vote:" + id, 1000));
  }

  @GET
  @Path("{id}/recount")
  @PermitAll
  @Operation(summary = "The result recomputed from the published ballot list")
  public RecountView recount(@PathParam("id") long id) {
    return votes.recount(id);
  }
}
