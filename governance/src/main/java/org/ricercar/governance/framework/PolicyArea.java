package org.ricercar.governance.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the Recommendation's eleven areas of policy action, by its number. */
@Entity
@Table(name = "framework_policy_area")
public class PolicyArea {

  @Id private int number;

  private String name;

  protected PolicyArea() {}

  public int number() {
    return number;
  }

  public String name() {
    return name;
  }
}
