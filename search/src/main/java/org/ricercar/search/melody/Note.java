package org.ricercar.search.melody;

import java.util.Objects;

/** One event of an incipit: a pitched note, or a rest when {@code pitch} is null. */
public record Note(Pitch pitch, Duration duration, Layer layer) {

  public Note {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(layer, "layer");
  }

  public static Note of(Pitch pitch, Duration duration) {
    return new Note(pitch, duration, Layer.VERBATIM);
  }

  public static Note rest(Duration duration) {
    return new Note(null, duration, Layer.VERBATIM);
  }

  public boolean isRest() {
    return pitch == null;
  }

  /**
   * The text form: pitch (or {@code r}), a colon, the duration, and {@code *} when supplied, e.g.
   * {@code F#4:3/8}, {@code r:1/4}, {@code C5:1/8*}.
   */
  @Override
  public String toString() {
    return (pitch == null ? "r" : pitch.toString())
        + ":"
        + duration
        + (layer == Layer.SUPPLIED ? "*" : "");
  }

  static Note parse(String token) {
    boolean supplied = token.endsWith("*");
    String body = supplied ? token.substring(0, token.length() - 1) : token;
    int colon = body.indexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("not a note: " + token);
    }
    String pitch = body.substring(0, colon);
    return new Note(
        pitch.equals("r") ? null : Pitch.parse(pitch),
        Duration.parse(body.substring(colon + 1)),
        supplied ? Layer.SUPPLIED : Layer.VERBATIM);
  }
}
