package org.ricercar.archive.catalogue.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.RecordKind;

/**
 * One change to one catalogue record. Immutable once written; the database guarantees that a
 * record's revision numbers are unique.
 */
@Entity
@Table(name = "revision")
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
  @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "record_kind", nullable = false, updatable = false)
  private RecordKind kind;

  @Column(name = "record_id", nullable = false, updatable = false)
  private long recordId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private RevisionAction action;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private String actorId;

  @Column(name = "actor_name", nullable = false, updatable = false)
  private String actorName;

  @Column(name = "restored_from", updatable = false)
  private Integer restoredFrom;

  @Column(updatable = false)
  private String reason;

  @Column(nullable = false, updatable = false)
  private String changes;

  @Column(nullable = false, updatable = false)
  private String snapshot;

  protected Revision() {}

  Revision(
      RecordKind kind,
      long recordId,
      int number,
      RevisionAction action,
      Instant recordedAt,
      Actor actor,
      Integer restoredFrom,
      String reason,
      String changes,
      String snapshot) {
    if (number < 1) {
      throw new IllegalArgumentException("revision numbers start at 1");
    }
    this.kind = kind;
    this.recordId = recordId;
    this.number = number;
    this.action = action;
    this.recordedAt = recordedAt;
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.restoredFrom = restoredFrom;
    this.reason = reason;
    this.changes = changes;
    this.snapshot = snapshot;
  }

  int number() {
    return number;
  }

  RevisionAction action() {
    return action;
  }

  Instant recordedAt() {
    return recordedAt;
  }

  String actorName() {
    return actorName;
  }

  Integer restoredFrom() {
    return restoredFrom;
  }

  String reason() {
    return reason;
  }

  String changes() {
    return changes;
  }

  String snapshot() {
    return snapshot;
  }
}
