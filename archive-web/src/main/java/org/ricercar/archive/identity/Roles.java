package org.ricercar.archive.identity;

import java.util.List;

/** The realm roles Ricercar knows; a token's {@code groups} claim carries them. */
public final class Roles {

  public static final String MEMBER = "member";
  public static final String LIBRARIAN = "librarian";
  public static final String STEWARD = "steward";
  public static final String RESTORER = "restorer";
  public static final String REVIEWER = "reviewer";
  public static final String ADMIN = "admin";

  /** Every role, in the order the members page shows them. */
  public static final List<String> ALL =
      List.of(MEMBER, LIBRARIAN, STEWARD, RESTORER, REVIEWER, ADMIN);

  private Roles() {}
}
