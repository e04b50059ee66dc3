package org.ricercar.archive.imports;

import java.io.InputStream;
import java.util.List;

/** The files an import reads: the entries of a zip, or the files under a folder. */
interface ImportEntries extends AutoCloseable {

  /** The paths of the files to import, relative and sorted; folders and system files left out. */
  List<String> paths();

  /** The bytes of one file; the caller closes the stream. */
  InputStream open(String path);

  @Override
  void close();

  /** Files that operating systems leave in folders and zips, never meant for the archive. */
  static boolean isSystemFile(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return path.startsWith("__MACOSX/")
        || path.contains("/__MACOSX/")
        || name.startsWith(".")
        || name.equalsIgnoreCase("Thumbs.db")
        || name.equalsIgnoreCase("desktop.ini");
  }
}
