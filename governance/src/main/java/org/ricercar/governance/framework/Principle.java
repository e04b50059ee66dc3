package org.ricercar.governance.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the Recommendation's ten principles; guideline clauses are tagged with their codes. */
@Entity
@Table(name = "framework_principle")
public class Principle {

  @Id private String code;

  private int position;

  private String name;

  protected Principle() {}

  public String code() {
    return code;
  }

  public int position() {
    return position;
  }

  public String name() {
    return name;
  }
}
