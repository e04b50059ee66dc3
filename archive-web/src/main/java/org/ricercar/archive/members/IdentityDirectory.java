package org.ricercar.archive.members;

import java.util.List;
import java.util.Optional;

/** Where members and their roles are kept: the port the identity provider adapter implements. */
public interface IdentityDirectory {

  /** Members whose name, user name or e-mail contains the search text (all when null). */
  MemberPage members(String search, int page, int size);

  Optional<Member> member(String id);

  /**
   * Every enabled account that holds the role, directly or through a composite role (such as the
   * realm's default roles): a vote's electorate.
   */
  List<Member> holdersOf(String role);

  /** Gives the member the role; nothing happens if they hold it already. */
  void grant(String memberId, String role);

  /** Takes the role from the member; nothing happens if they do not hold it directly. */
  void revoke(String memberId, String role);
}
