package org.ricercar.archive.catalogue.person;

import java.time.Instant;
import java.util.List;
import org.ricercar.archive.catalogue.RecordView;
import org.ricercar.archive.catalogue.WithdrawalView;

/** A person as the API shows them; {@code withdrawal} is present only on withdrawn records. */
public record PersonView(
    long id,
    long version,
    int revision,
    String name,
    String sortName,
    List<String> nameVariants,
    String born,
    String died,
    String viaf,
    String gnd,
    String wikidata,
    String notes,
    Instant createdAt,
    Instant updatedAt,
    WithdrawalView withdrawal)
    implements RecordView {

  static PersonView of(Person person) {
    PersonDetails d = person.details();
    return new PersonView(
        person.id(),
        person.version(),
        person.revision(),
        d.name(),
        d.sortName(),
        d.nameVariants(),
        d.born(),
        d.died(),
        d.viaf(),
        d.gnd(),
        d.wikidata(),
        d.notes(),
        person.createdAt(),
        person.updatedAt(),
        WithdrawalView.of(person));
  }
}
