package org.ricercar.archive.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Safe forms of the names files arrive with, for storing and for download headers. */
public final class Filenames {

  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\"\\\\/:*?<>|]");
  private static final int MAX_LENGTH = 255;

  private Filenames() {}

  /**
   * The last segment of a supplied name, without control characters or path separators, at most 255
   * characters; "file" when nothing is left.
   */
  public static String clean(String supplied) {
    if (supplied == null) {
      return "file";
    }
    String name = supplied.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = UNSAFE.matcher(name).replaceAll("_").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isEmpty()) {
      return "file";
    }
    return name.length() <= MAX_LENGTH ? name : name.substring(name.length() - MAX_LENGTH);
  }

  /**
   * A {@code Content-Disposition} value that makes browsers download the file under its name: an
   * ASCII fallback and the exact name in RFC 8187 encoding.
   */
  public static String attachment(String name) {
    String ascii = clean(name).replaceAll("[^\\x20-\\x7e]", "_").replace("%", "_");
    String encoded = URLEncoder.encode(clean(name), StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
