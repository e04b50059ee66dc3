package org.ricercar.archive.files;

/** An upload or import larger than the configured limit; nothing of it is kept. */
public class FileTooLargeException extends RuntimeException {

  public FileTooLargeException(String what, long limitBytes) {
    super(what + " is larger than the limit of " + (limitBytes >> 20) + " MB");
  }
}
