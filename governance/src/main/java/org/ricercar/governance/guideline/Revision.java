package org.ricercar.governance.guideline;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ricercar.governance.Participant;

/**
 * One revision of a guideline's text: title, purpose and numbered clauses. Written once and never
 * updated (every column is insert-only), so a revision that was frozen or adopted stays citable as
 * it was.
 */
@Entity
@Table(name = "guideline_revision")
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guideline_seq")
  @SequenceGenerator(name = "guideline_seq", sequenceName = "guideline_seq", allocationSize = 50)
  private Long id;

  @Column(name = "guideline_id", updatable = false)
  private long guidelineId;

  @Column(updatable = false)
  private int number;

  @Column(updatable = false)
  private String title;

  @Column(updatable = false)
  private String purpose;

  @Column(name = "author_id", updatable = false)
  private String authorId;

  @Column(name = "author_name", updatable = false)
  private String authorName;

  @Column(updatable = false)
  private String note;

  @Column(name = "amendment_id", updatable = false)
  private Long amendmentId;

  @Column(name = "credited_to", updatable = false)
  private String creditedTo;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<Clause> clauses = new ArrayList<>();

  protected Revision() {}

  Revision(
      long guidelineId,
      int number,
      String title,
      String purpose,
      Participant author,
      String note,
      Instant now) {
    this.guidelineId = guidelineId;
    this.number = number;
    this.title = title;
    this.purpose = purpose;
    this.authorId = author.id();
    this.authorName = author.name();
    this.note = note;
    this.createdAt = now;
  }

  /** Marks the revision as the result of accepting an amendment, crediting its proposer. */
  Revision crediting(Amendment amendment) {
    this.amendmentId = amendment.id();
    this.creditedTo = amendment.proposerName();
    return this;
  }

  void addClause(
      String key, String text, List<String> principles, Integer policyArea, String rule) {
    clauses.add(new Clause(this, clauses.size() + 1, key, text, principles, policyArea, rule));
  }

  public Long id() {
    return id;
  }

  public long guidelineId() {
    return guidelineId;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String purpose() {
    return purpose;
  }

  public String authorName() {
    return authorName;
  }

  public String note() {
    return note;
  }

  public Long amendmentId() {
    return amendmentId;
  }

  public String creditedTo() {
    return creditedTo;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<Clause> clauses() {
    return List.copyOf(clauses);
  }

  /** The clause with the given key, or null. */
  public Clause clause(String key) {
    return clauses.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
  }
}
