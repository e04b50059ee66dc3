package org.ricercar.governance.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the Recommendation's four values. */
@Entity
@Table(name = "framework_value")
public class CoreValue {

  @Id private int position;

  private String name;

  protected CoreValue() {}

  public int position() {
    return position;
  }

  public String name() {
    return name;
  }
}
