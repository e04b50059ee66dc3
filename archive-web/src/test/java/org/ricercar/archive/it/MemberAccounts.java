package org.ricercar.archive.it;

/** Looks up demo accounts through the members API. */
public final class MemberAccounts {

  private MemberAccounts() {}

  /** The account id of the user with exactly this user name, as an admin sees it. */
  public static String idOf(Api admin, String username) {
    return admin.get("/api/members?search=" + username).json().getJsonArray("items").stream()
        .map(item -> item.asJsonObject())
        .filter(member -> member.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no member " + username))
        .getString("id");
  }
}
