package org.ricercar.governance;

/**
 * Who is acting in governance: a signed-in member, with whether they are a steward. Anonymous
 * visitors are {@link #ANONYMOUS}.
 *
 * @param id the account's stable id (the token's subject)
 * @param name the user name, as shown to others
 * @param member whether the account holds the member role
 * @param steward whether the account holds the steward role
 */
public record Participant(String id, String name, boolean member, boolean steward) {

  public static final Participant ANONYMOUS = new Participant(null, null, false, false);

  public boolean signedIn() {
    return id != null;
  }

  /** How the ledger names this participant. */
  public String actor() {
    return "user:" + name;
  }
}
