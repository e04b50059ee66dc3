package org.ricercar.archive.catalogue.collection;

import java.time.Instant;
import java.util.List;
import org.ricercar.archive.catalogue.RecordView;
import org.ricercar.archive.catalogue.WithdrawalView;
import org.ricercar.archive.catalogue.work.WorkSummary;

/**
 * A collection as the API shows it: its works in order, the collection it sits in and the
 * collections inside it. {@code withdrawal} is present only on withdrawn collections.
 */
public record CollectionView(
    long id,
    long version,
    int revision,
    String title,
    String description,
    CollectionRef parent,
    List<CollectionRef> children,
    List<WorkSummary> works,
    Instant createdAt,
    Instant updatedAt,
    WithdrawalView withdrawal)
    implements RecordView {}
