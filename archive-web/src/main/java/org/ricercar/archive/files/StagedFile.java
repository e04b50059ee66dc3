package org.ricercar.archive.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ricercar.governance.ledger.Sha256;

/**
 * Received bytes in a temporary file, with their digest, before they are accepted into the store.
 * Closing deletes the temporary file unless it was stored.
 */
public record StagedFile(Path path, Sha256 sha256, long size) implements AutoCloseable {

  @Override
  public void close() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
