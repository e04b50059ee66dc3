package org.ricercar.archive.fixity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.ricercar.archive.files.FixityOutcome;
import org.ricercar.governance.ledger.Sha256;

/**
 * The result of re-hashing one stored file.
 *
 * @param actual what the bytes hash to now; null when the file is missing
 */
record Rehash(Sha256 expected, FixityOutcome outcome, Sha256 actual, long bytes) {

  /** Reads the file at {@code path} to the end and compares its digest with the expected one. */
  static Rehash of(Sha256 expected, Path path) {
    MessageDigest digest = Sha256.newDigest();
    long bytes = 0;
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buffer = new byte[256 * 1024];
      for (int read; (read = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, read);
        bytes += read;
      }
    } catch (NoSuchFileException e) {
      return new Rehash(expected, FixityOutcome.MISSING, null, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Sha256 actual = Sha256.of(digest.digest());
    return new Rehash(
        expected,
        actual.equals(expected) ? FixityOutcome.OK : FixityOutcome.CHANGED,
        actual,
        bytes);
  }
}
