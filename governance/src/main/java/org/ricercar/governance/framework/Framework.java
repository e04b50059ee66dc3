package org.ricercar.governance.framework;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ricercar.governance.Participant;
import org.ricercar.governance.framework.FrameworkView.AreaView;
import org.ricercar.governance.framework.FrameworkView.PrincipleView;
import org.ricercar.governance.framework.FrameworkView.ServingClause;
import org.ricercar.governance.framework.FrameworkView.ValueView;
import org.ricercar.governance.guideline.Guideline;

/** The framework page: the Recommendation's skeleton and the clauses serving each principle. */
@Stateless
public class Framework {

  @PersistenceContext(unitName = "governance")
  private EntityManager em;

  public FrameworkView view(Participant viewer) {
    Map<String, List<ServingClause>> serving = new HashMap<>();
    String visible = viewer.signedIn() ? "" : " and " + Guideline.PUBLIC_CONDITION;
    em.createQuery(
            "select p, g.id, g.title, g.state, r.number, c.key, c.position, c.text"
                + " from Guideline g, Revision r join r.clauses c join c.principles p"
                + " where r.guidelineId = g.id and r.number = g.currentRevision"
                + visible
                + " order by g.title, g.id, c.position",
            Object[].class)
        .getResultStream()
        .forEach(
            row ->
                serving
                    .computeIfAbsent((String) row[0], code -> new ArrayList<>())
                    .add(
                        new ServingClause(
                            (Long) row[1],
                            (String) row[2],
                            row[3].toString(),
                            (Integer) row[4],
                            (String) row[5],
                            (Integer) row[6],
                            (String) row[7])));
    return new FrameworkView(
        em.createQuery("select v from CoreValue v order by v.position", CoreValue.class)
            .getResultStream()
            .map(v -> new ValueView(v.position(), v.name()))
            .toList(),
        em.createQuery("select p from Principle p order by p.position", Principle.class)
            .getResultStream()
            .map(
                p ->
                    new PrincipleView(
                        p.code(),
                        p.position(),
                        p.name(),
                        serving.getOrDefault(p.code(), List.of())))
            .toList(),
        em.createQuery("select a from PolicyArea a order by a.number", PolicyArea.class)
            .getResultStream()
            .map(a -> new AreaView(a.number(), a.name()))
            .toList());
  }
}
