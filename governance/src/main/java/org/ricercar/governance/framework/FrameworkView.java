package org.ricercar.governance.framework;

import java.util.List;

/**
 * The framework as the framework page shows it: values, principles with the clauses that serve
 * them, and policy areas.
 */
public record FrameworkView(
    List<ValueView> values, List<PrincipleView> principles, List<AreaView> policyAreas) {

  public record ValueView(int position, String name) {}

  public record PrincipleView(
      String code, int position, String name, List<ServingClause> clauses) {}

  public record AreaView(int number, String name) {}

  /** A clause of a guideline's current text that is tagged with the principle. */
  public record ServingClause(
      long guidelineId,
      String guidelineTitle,
      String state,
      int revision,
      String clauseKey,
      int number,
      String text) {}
}
