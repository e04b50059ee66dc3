package org.ricercar.archive.catalogue.person;

/**
 * A person as other records refer to them.
 *
 * @param id the person's id
 * @param name the person's name
 * @param withdrawn whether the person's record was withdrawn (only librarians see such references)
 */
public record PersonRef(long id, String name, boolean withdrawn) {

  public static PersonRef of(Person person) {
    return new PersonRef(person.id(), person.name(), person.isWithdrawn());
  }
}
