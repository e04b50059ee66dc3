package org.ricercar.archive.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.source.Source;
import org.ricercar.archive.scores.ExtractedWork;
import org.ricercar.archive.scores.ScoreFormat;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.ledger.LedgerEvent;
import org.ricercar.governance.ledger.Sha256;

/**
 * Attaches received files to sources, for uploads and imports alike: the content goes to the store,
 * the file's record and its ingest event to the database and the ledger, all in the caller's
 * transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class FileRecords {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Inject BlobStore store;

  @Inject Ledger ledger;

  /** The file already attached to the source with this content and locator, if any. */
  public Optional<SourceFile> attached(Source source, Sha256 sha256, String locator) {
    return em.createQuery(
            "select f from SourceFile f where f.source = :source and f.sha256 = :sha256"
                + " and f.locator = :locator",
            SourceFile.class)
        .setParameter("source", source)
        .setParameter("sha256", sha256.hex())
        .setParameter("locator", locator == null ? "" : locator)
        .getResultStream()
        .findFirst();
  }

  /** Whether any source holds this content already. */
  public boolean isStored(Sha256 sha256) {
    return em.find(Blob.class, sha256.hex()) != null;
  }

  /**
   * Stores the content (once, however many works it holds) and attaches it to the source.
   *
   * @param work what was read about the source's work from the file; null for files that encode no
   *     music
   */
  public SourceFile attach(
      Source source,
      StagedFile staged,
      ScoreFormat format,
      ExtractedWork work,
      String filename,
      String rights,
      Actor actor) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    store.store(staged);
    if (em.find(Blob.class, staged.sha256().hex()) == null) {
      em.persist(new Blob(staged.sha256(), staged.size(), now));
    }
    var file =
        new SourceFile(
            source,
            staged.sha256(),
            work == null ? null : work.locator(),
            filename,
            format,
            staged.size(),
            rights,
            work == null ? null : JSONB.toJson(ExtractedView.of(work)),
            now,
            actor.name());
    em.persist(file);
    var payload =
        JSON.createObjectBuilder()
            .add("sha256", staged.sha256().hex())
            .add("filename", filename)
            .add("format", format.name())
            .add("size", staged.size())
            .add("rights", rights)
            .add("source", "source:" + source.id())
            .add("work", "work:" + source.work().id());
    if (file.locator() != null) {
      payload.add("locator", file.locator());
    }
    ledger.append(
        new LedgerEvent(
            actor.ledgerName(), "file.attached", file.subject(), payload.build().toString()));
    return file;
  }

  /** The API's view of a file. */
  public static FileView view(SourceFile file) {
    return new FileView(
        file.id(),
        file.source().id(),
        file.source().work().id(),
        file.sha256().hex(),
        file.filename(),
        file.format(),
        file.format().mediaType(),
        file.size(),
        file.rights(),
        file.locator(),
        file.uploadedAt(),
        file.uploadedBy(),
        file.extracted() == null ? null : JSONB.fromJson(file.extracted(), ExtractedView.class));
  }
}
