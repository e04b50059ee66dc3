package org.ricercar.archive.ledger;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.identity.Caller;
import org.ricercar.governance.ledger.LedgerRecord;

/** A work's provenance trail from the ledger. */
@Path("/works/{id}/provenance")
@Tag(name = "Ledger")
@Produces(MediaType.APPLICATION_JSON)
public class ProvenanceResource {

  @Inject ProvenanceService provenance;

  /** The trail, newest first. */
  public record Trail(List<LedgerRecord> entries) {}

  @GET
  @PermitAll
  @Operation(
      summary = "A work's provenance trail",
      description =
          "The ledger entries about the work, its sources, their files and the fixity checks of"
              + " those files, newest first (at most "
              + ProvenanceService.MAX_ENTRIES
              + ").")
  public Trail readProvenance(@PathParam("id") long id, @Context SecurityContext security) {
    return new Trail(provenance.ofWork(id, Caller.of(security).viewer()));
  }
}
