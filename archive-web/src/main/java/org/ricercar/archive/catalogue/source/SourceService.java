package org.ricercar.archive.catalogue.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ricercar.archive.catalogue.CatalogueService;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.catalogue.RecordKind;
import org.ricercar.archive.catalogue.RecordWithdrawnException;
import org.ricercar.archive.catalogue.SortOrders;
import org.ricercar.archive.catalogue.Viewer;
import org.ricercar.archive.catalogue.work.WorkService;

/**
 * Cataloguing sources. A source of a withdrawn work is hidden from the public along with its work.
 */
@ApplicationScoped
@Transactional
public class SourceService extends CatalogueService<Source, SourceDetails, SourceView> {

  static final SortOrders SORTS =
      new SortOrders(
          Map.of("title", "r.sortKey", "date", "r.yearFrom", "updated", "r.updatedAt"),
          Set.of("date"),
          "title");

  @Inject WorkService works;

  @Override
  public RecordKind kind() {
    return RecordKind.SOURCE;
  }

  @Override
  protected Class<Source> recordType() {
    return Source.class;
  }

  @Override
  protected Class<SourceDetails> detailsType() {
    return SourceDetails.class;
  }

  @Override
  protected Source newRecord(SourceDetails details) {
    return new Source(details, works.reference(details.workId(), "workId"));
  }

  @Override
  protected void revise(Source source, SourceDetails details) {
    source.revise(details, works.reference(details.workId(), "workId"));
  }

  @Override
  protected SourceDetails detailsOf(Source source) {
    return source.details();
  }

  @Override
  protected SourceView view(Source source, Viewer viewer) {
    if (!viewer.sees(source.work())) {
      throw new RecordWithdrawnException(
          RecordKind.WORK, source.work().id(), source.work().withdrawal().orElseThrow());
    }
    return SourceView.of(source);
  }

  /** Sources in the requested order, optionally only those of one work. */
  public Page<SourceSummary> list(PageRequest request, Viewer viewer, Long workId) {
    var where = new StringBuilder("from Source r where 1 = 1");
    var parameters = new HashMap<String, Object>();
    if (viewer == Viewer.PUBLIC) {
      where.append(
          " and r.withdrawal.withdrawnAt is null and r.work.withdrawal.withdrawnAt is null");
    }
    if (workId != null) {
      where.append(" and r.work.id = :work");
      parameters.put("work", workId);
    }
    return list(where.toString(), parameters, SORTS, request, SourceSummary::of);
  }

  /** The source with this id, for attaching files to it. */
  public Source reference(long id) {
    return find(id);
  }
}
