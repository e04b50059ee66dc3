package org.ricercar.archive.ledger;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.governance.ledger.ChainVerification;
import org.ricercar.governance.ledger.Ledger;

/** Verifying the provenance ledger. */
@Path("/ledger")
@Tag(name = "Ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

  @Inject Ledger ledger;

  @GET
  @Path("/verify")
  @PermitAll
  @Operation(
      summary = "Recompute the ledger's hash chain",
      description =
          "Reports whether every entry still matches its hash and its predecessor, the first"
              + " entry that does not, and the hash of the chain's head for external anchoring.")
  public ChainVerification verifyLedger() {
    return ledger.verify();
  }
}
