package org.ricercar.archive.members;

/** The identity provider could not be reached or refused the application's request. */
public class IdentityProviderException extends RuntimeException {

  public IdentityProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
