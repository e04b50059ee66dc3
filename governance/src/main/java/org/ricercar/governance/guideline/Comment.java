package org.ricercar.governance.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ricercar.governance.Participant;

/** A member's comment on a clause, or a reply to one (threads are one level deep). */
@Entity
@Table(name = "guideline_comment")
public class Comment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guideline_seq")
  @SequenceGenerator(name = "guideline_seq", sequenceName = "guideline_seq", allocationSize = 50)
  private Long id;

  @Column(name = "guideline_id", updatable = false)
  private long guidelineId;

  @Column(name = "clause_key", updatable = false)
  private String clauseKey;

  @Column(updatable = false)
  private int revision;

  @Column(name = "parent_id", updatable = false)
  private Long parentId;

  @Column(name = "author_id", updatable = false)
  private String authorId;

  @Column(name = "author_name", updatable = false)
  private String authorName;

  @Column(updatable = false)
  private String body;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected Comment() {}

  Comment(
      long guidelineId,
      String clauseKey,
      int revision,
      Long parentId,
      Participant author,
      String body,
      Instant now) {
    this.guidelineId = guidelineId;
    this.clauseKey = clauseKey;
    this.revision = revision;
    this.parentId = parentId;
    this.authorId = author.id();
    this.authorName = author.name();
    this.body = body;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public long guidelineId() {
    return guidelineId;
  }

  public String clauseKey() {
    return clauseKey;
  }

  public int revision() {
    return revision;
  }

  public Long parentId() {
    return parentId;
  }

  public String authorName() {
    return authorName;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
