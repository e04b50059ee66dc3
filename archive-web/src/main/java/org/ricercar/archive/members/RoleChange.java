package org.ricercar.archive.members;

import jakarta.json.spi.JsonProvider;

/**
 * A role granted to or revoked from a member, as recorded on the ledger.
 *
 * @param member the member's id
 * @param username the member's user name at the time
 * @param role the role
 * @param granted true for a grant, false for a revocation
 */
record RoleChange(String member, String username, String role, boolean granted) {

  /** JSON-P's provider, looked up once: Json.create… would search the class path every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  String eventType() {
    return granted ? "member.role-granted" : "member.role-revoked";
  }

  String subject() {
    return "member:" + member;
  }

  String payload() {
    return JSON.createObjectBuilder()
        .add("member", member)
        .add("username", username)
        .add("role", role)
        .build()
        .toString();
  }
}
