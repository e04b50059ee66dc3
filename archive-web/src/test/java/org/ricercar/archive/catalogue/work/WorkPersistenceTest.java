package org.ricercar.archive.catalogue.work;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ricercar.archive.catalogue.CatalogueRecord;
import org.ricercar.archive.catalogue.Withdrawal;
import org.ricercar.archive.catalogue.collection.CuratedCollection;
import org.ricercar.archive.catalogue.person.Person;
import org.ricercar.archive.catalogue.person.PersonDetails;
import org.ricercar.archive.catalogue.revision.Revision;
import org.ricercar.archive.catalogue.source.Source;
import org.ricercar.archive.files.Blob;
import org.ricercar.archive.files.SourceFile;
import org.ricercar.archive.fixity.FixityCheck;
import org.ricercar.archive.imports.ImportItem;
import org.ricercar.archive.imports.ImportJob;

/**
 * The catalogue's entities against its Flyway migration on H2, without a server: Hibernate
 * validates every mapping against the migrated schema, and an edit that changes nothing writes
 * nothing.
 */
class WorkPersistenceTest {

  private EntityManagerFactory factory;

  @BeforeEach
  void migrate() {
    String url = "jdbc:h2:mem:catalogue-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/catalogue")
        .load()
        .migrate();
    factory =
        new HibernatePersistenceProvider()
            .createEntityManagerFactory(
                new PersistenceConfiguration("catalogue")
                    .property(PersistenceConfiguration.JDBC_URL, url)
                    .property(PersistenceConfiguration.JDBC_USER, "sa")
                    .managedClass(CatalogueRecord.class)
                    .managedClass(Withdrawal.class)
                    .managedClass(Person.class)
                    .managedClass(Work.class)
                    .managedClass(Source.class)
                    .managedClass(CuratedCollection.class)
                    .managedClass(Revision.class)
                    .managedClass(Blob.class)
                    .managedClass(SourceFile.class)
                    .managedClass(FixityCheck.class)
                    .managedClass(ImportJob.class)
                    .managedClass(ImportItem.class)
                    .property("hibernate.hbm2ddl.auto", "validate"));
  }

  @AfterEach
  void close() {
    factory.close();
  }

  @Test
  void anEditThatChangesNothingWritesNothing() {
    var details =
        new WorkDetails(
            "Das Jahr",
            List.of("The Year"),
            "H-U 385",
            "Piano cycle",
            "C major",
            List.of("piano"),
            "2/4",
            List.of("Januar", "Februar"),
            "1841",
            Period.ROMANTIC,
            null,
            null,
            null,
            "C5:1/4 E5:1/8 G5:1/8",
            List.of());
    long id =
        factory.callInTransaction(
            em -> {
              var hensel = new Person(PersonDetails.named("Fanny Hensel"));
              hensel.countRevision(Instant.now());
              em.persist(hensel);
              var work = new Work(details, List.of(hensel));
              work.countRevision(Instant.now());
              em.persist(work);
              return work.id();
            });
    long version = factory.callInTransaction(em -> em.find(Work.class, id).version());

    factory.runInTransaction(
        em -> {
          Work work = em.find(Work.class, id);
          work.revise(work.details(), work.composers());
        });

    record Stored(long version, WorkDetails details, List<String> composers) {}
    Stored stored =
        factory.callInTransaction(
            em -> {
              Work work = em.find(Work.class, id);
              return new Stored(
                  work.version(),
                  work.details(),
                  work.composers().stream().map(Person::name).toList());
            });
    assertThat(stored.version()).isEqualTo(version);
    assertThat(stored.details().alternativeTitles()).containsExactly("The Year");
    assertThat(stored.composers()).containsExactly("Fanny Hensel");
  }
}
