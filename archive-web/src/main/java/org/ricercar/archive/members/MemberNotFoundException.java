package org.ricercar.archive.members;

/** No account has this id. */
public class MemberNotFoundException extends RuntimeException {

  public MemberNotFoundException(String id) {
    super("There is no member with id " + id + ".");
  }
}
