package org.ricercar.archive.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.InvalidDetailsException;
import org.ricercar.archive.catalogue.RecordStateConflictException;
import org.ricercar.archive.identity.Roles;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.ledger.LedgerEvent;
import org.ricercar.governance.ledger.LedgerRecord;

/**
 * Grants and revokes members' roles. The ledger entry is written first, in this transaction, and
 * the identity provider is changed last: if the provider refuses, the transaction rolls back and
 * the ledger never claims a change that did not happen.
 */
@ApplicationScoped
@Transactional
public class MemberService {

  private static final Logger LOG = Logger.getLogger(MemberService.class.getName());

  @Inject IdentityDirectory directory;

  @Inject Ledger ledger;

  public MemberPage members(String search, int page, int size) {
    return directory.members(search, page, size);
  }

  public Member member(String id) {
    return directory.member(id).orElseThrow(() -> new MemberNotFoundException(id));
  }

  public Member grant(String memberId, String role, Actor admin) {
    return change(memberId, role, true, admin);
  }

  public Member revoke(String memberId, String role, Actor admin) {
    if (Roles.ADMIN.equals(role) && admin.id().equals(memberId)) {
      throw new RecordStateConflictException(
          "you cannot revoke your own admin role; ask another admin");
    }
    return change(memberId, role, false, admin);
  }

  /** The member's role changes as the ledger recorded them, newest first. */
  public List<LedgerRecord> history(String memberId) {
    member(memberId);
    return ledger.trail("member:" + memberId, 100);
  }

  private Member change(String memberId, String role, boolean grant, Actor admin) {
    if (!Roles.ALL.contains(role)) {
      throw new InvalidDetailsException("role", "must be one of " + String.join(", ", Roles.ALL));
    }
    Member member = member(memberId);
    if (member.roles().contains(role) == grant) {
      return member;
    }
    var change = new RoleChange(member.id(), member.username(), role, grant);
    ledger.append(
        new LedgerEvent(
            "user:" + admin.name(), change.eventType(), change.subject(), change.payload()));
    if (grant) {
      directory.grant(memberId, role);
    } else {
      directory.revoke(memberId, role);
    }
    LOG.info(
        () -> admin.name() + " " + change.eventType() + " " + role + " for " + member.username());
    Member updated = member(memberId);
    if (updated.roles().contains(role) != grant) {
      throw new RecordStateConflictException(
          member.username()
              + " holds "
              + role
              + " through a default or composite role, which cannot be revoked individually");
    }
    return updated;
  }
}
