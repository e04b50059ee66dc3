package org.ricercar.archive.scores;

/**
 * The file formats the archive accepts, recognised by content rather than by name. Notation and
 * catalogue formats are read for metadata and an incipit; documents, images and audio are stored as
 * they are.
 */
public enum ScoreFormat {
  MUSICXML("application/vnd.recordare.musicxml+xml", "musicxml", true),
  MXL("application/vnd.recordare.musicxml", "mxl", true),
  MEI("application/mei+xml", "mei", true),
  ABC("text/vnd.abc", "abc", true),
  HUMDRUM("text/x-humdrum", "krn", true),
  MARCXML("application/marcxml+xml", "xml", true),
  PDF("application/pdf", "pdf", false),
  PNG("image/png", "png", false),
  JPEG("image/jpeg", "jpg", false),
  TIFF("image/tiff", "tif", false),
  FLAC("audio/flac", "flac", false),
  MP3("audio/mpeg", "mp3", false),
  OGG("audio/ogg", "ogg", false),
  WAV("audio/wav", "wav", false);

  private final String mediaType;
  private final String extension;
  private final boolean encodesMusic;

  ScoreFormat(String mediaType, String extension, boolean encodesMusic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.encodesMusic = encodesMusic;
  }

  /** The media type downloads are served with. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether works (metadata and incipit) are extracted from files of this format. */
  public boolean encodesMusic() {
    return encodesMusic;
  }
}
