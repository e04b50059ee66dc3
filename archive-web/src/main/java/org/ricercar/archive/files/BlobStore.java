package org.ricercar.archive.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.util.Optional;
import java.util.UUID;
import org.ricercar.archive.ArchiveSettings;
import org.ricercar.governance.ledger.Sha256;

/**
 * Content-addressed storage on local disk. Bytes are received into a temporary file and hashed on
 * the way, synced to disk, then moved atomically to a path named by their SHA-256 ({@code
 * ab/cd/abcd…}). A stored file is never overwritten: identical content is stored once.
 */
@ApplicationScoped
public class BlobStore {

  private Path root;
  private Path incoming;
  private Path imports;

  @Inject
  BlobStore(ArchiveSettings settings) {
    this(settings.filesRoot());
  }

  protected BlobStore() {}

  /** A store under the given folder, for use outside the container. */
  public BlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.incoming = this.root.resolve("incoming");
    this.imports = this.root.resolve("imports");
    try {
      Files.createDirectories(incoming);
      Files.createDirectories(imports);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Receives bytes into a temporary file, at most {@code maxBytes} of them.
   *
   * @throws FileTooLargeException when the stream is longer; nothing is kept
   */
  public StagedFile stage(InputStream in, long maxBytes, String what) {
    Path temporary = incoming().resolve(UUID.randomUUID() + ".part");
    var digest = Sha256.newDigest();
    long size = 0;
    try {
      try (var channel =
              FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = in.read(buffer)) > 0; ) {
          size += read;
          if (size > maxBytes) {
            throw new FileTooLargeException(what, maxBytes);
          }
          out.write(buffer, 0, read);
        }
        out.flush();
        channel.force(true);
      }
      return new StagedFile(temporary, Sha256.of(digest.digest()), size);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temporary);
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Moves staged bytes to their content address, unless identical content is already stored. Either
   * way the content is stored and durable when this returns.
   */
  public void store(StagedFile staged) {
    Path target = path(staged.sha256());
    try {
      if (Files.exists(target)) {
        staged.close();
        return;
      }
      Files.createDirectories(target.getParent());
      try {
        Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        staged.close();
        if (!Files.exists(target)) {
          throw e;
        }
      }
      syncDirectory(target.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens stored content for reading, if it is there. */
  public Optional<InputStream> open(Sha256 sha256) {
    try {
      return Optional.of(Files.newInputStream(path(sha256)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where content with this digest is (or would be) stored. */
  public Path path(Sha256 sha256) {
    String hex = sha256.hex();
    return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
  }

  /** A folder for temporary files on the same file system as the store, so moves are atomic. */
  public Path incoming() {
    return incoming;
  }

  /** A folder for uploaded zips, kept until their imports are finished with. */
  public Path imports() {
    return imports;
  }

  /** Deletes temporary files left by uploads that a crash or restart interrupted. */
  public void discardStaleParts() {
    try (var parts = Files.newDirectoryStream(incoming(), "*.part")) {
      parts.forEach(BlobStore::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void syncDirectory(Path directory) {
    try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems cannot sync a directory; the rename itself is still atomic there.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // The temporary folder is emptied of stale parts at start-up.
    }
  }
}
