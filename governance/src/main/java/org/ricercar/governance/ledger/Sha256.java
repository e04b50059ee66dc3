package org.ricercar.governance.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A SHA-256 digest in lower-case hexadecimal, the form the ledger and the file store use. */
public record Sha256(String hex) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /** Cloning a digest is much cheaper than looking one up among the security providers. */
  private static final MessageDigest PROTOTYPE = lookUp();

  public Sha256 {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("not a SHA-256 digest: " + hex);
    }
  }

  /** The digest of a text's UTF-8 bytes. */
  public static Sha256 of(String text) {
    var digest = newDigest();
    return of(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A digest computed elsewhere, e.g. by {@link #newDigest()} over a stream. */
  public static Sha256 of(byte[] digest) {
    return new Sha256(HexFormat.of().formatHex(digest));
  }

  /** A fresh SHA-256 message digest. */
  public static MessageDigest newDigest() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 digest can be cloned", e);
    }
  }

  private static MessageDigest lookUp() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return hex;
  }
}
