package org.ricercar.archive.files;

/** The same content is already attached to the source. */
public class FileAlreadyAttachedException extends RuntimeException {

  public FileAlreadyAttachedException(String filename, long sourceId, long existingFileId) {
    super(
        filename
            + " is already attached to source "
            + sourceId
            + " (file "
            + existingFileId
            + ", identical content)");
  }
}
