package org.ricercar.archive.catalogue.person;

/** A person in a listing. */
public record PersonSummary(
    long id, String name, String sortName, String born, String died, boolean withdrawn) {

  static PersonSummary of(Person person) {
    PersonDetails d = person.details();
    return new PersonSummary(
        person.id(), d.name(), d.sortName(), d.born(), d.died(), person.isWithdrawn());
  }
}
