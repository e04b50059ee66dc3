package org.ricercar.governance.guideline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A numbered clause of one revision: prose, the principles it serves, optionally a policy area and
 * a machine-checkable rule (JSON) that restoration policies will read. Its key stays the same
 * across revisions, so comments and amendments follow the clause when it is renumbered or reworded.
 */
@Entity
@Table(name = "guideline_clause")
public class Clause {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guideline_seq")
  @SequenceGenerator(name = "guideline_seq", sequenceName = "guideline_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "revision_id", updatable = false)
  private Revision revision;

  @Column(updatable = false)
  private int position;

  @Column(name = "clause_key", updatable = false)
  private String key;

  @Column(updatable = false)
  private String text;

  @Column(name = "policy_area", updatable = false)
  private Integer policyArea;

  @Column(name = "rule_json", updatable = false)
  private String rule;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "guideline_clause_principle",
      joinColumns = @JoinColumn(name = "clause_id"))
  @Column(name = "principle")
  private Set<String> principles = new TreeSet<>();

  protected Clause() {}

  Clause(
      Revision revision,
      int position,
      String key,
      String text,
      List<String> principles,
      Integer policyArea,
      String rule) {
    this.revision = revision;
    this.position = position;
    this.key = key;
    this.text = text;
    this.principles = new TreeSet<>(principles);
    this.policyArea = policyArea;
    this.rule = rule;
  }

  public int number() {
    return position;
  }

  public String key() {
    return key;
  }

  public String text() {
    return text;
  }

  /** The principles' codes, sorted. */
  public List<String> principles() {
    return List.copyOf(new TreeSet<>(principles));
  }

  public Integer policyArea() {
    return policyArea;
  }

  /** The rule as JSON text, or null. */
  public String rule() {
    return rule;
  }
}
