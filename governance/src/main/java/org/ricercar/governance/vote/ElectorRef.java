package org.ricercar.governance.vote;

/** A member of the electorate as the identity provider names them at the vote's opening. */
public record ElectorRef(String memberId, String username) {}
