package org.ricercar.archive.catalogue;

import java.util.Objects;

/**
 * Who made a change: a signed-in person (their identity provider subject and user name) or the
 * system itself.
 *
 * @param id a stable identifier, e.g. the token subject
 * @param name the name shown in histories
 */
public record Actor(String id, String name) {

  public static Actor system(String name) {
    return new Actor("system:" + name, name);
  }

  /**
   * How the provenance ledger names this actor, e.g. {@code user:lena} or {@code system:import}.
   */
  public String ledgerName() {
    return id.startsWith("system:") ? id : "user:" + name;
  }

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
