package org.ricercar.search;

import java.util.ArrayList;
import java.util.List;
import org.ricercar.search.melody.Incipit;

/** Builds works for index tests; unset parts are empty. */
final class Works {

  private final String id;
  private String title = "Untitled";
  private final List<String> alternativeTitles = new ArrayList<>();
  private final List<String> composers = new ArrayList<>();
  private final List<String> variants = new ArrayList<>();
  private String number;
  private String genre;
  private final List<String> instrumentation = new ArrayList<>();
  private String key;
  private Integer year;
  private final List<String> formats = new ArrayList<>();
  private String text;
  private Incipit incipit;
  private String listing;

  private Works(String id) {
    this.id = id;
  }

  static Works work(String id) {
    return new Works(id);
  }

  Works title(String title) {
    this.title = title;
    return this;
  }

  Works alternativeTitle(String title) {
    alternativeTitles.add(title);
    return this;
  }

  Works composer(String name, String... otherNames) {
    composers.add(name);
    variants.addAll(List.of(otherNames));
    return this;
  }

  Works number(String number) {
    this.number = number;
    return this;
  }

  Works genre(String genre) {
    this.genre = genre;
    return this;
  }

  Works instrument(String instrument) {
    instrumentation.add(instrument);
    return this;
  }

  Works key(String key) {
    this.key = key;
    return this;
  }

  Works year(int year) {
    this.year = year;
    return this;
  }

  Works format(String format) {
    formats.add(format);
    return this;
  }

  Works text(String text) {
    this.text = text;
    return this;
  }

  Works incipit(String incipit) {
    this.incipit = Incipit.parse(incipit);
    return this;
  }

  Works listing(String listing) {
    this.listing = listing;
    return this;
  }

  IndexedWork build() {
    return new IndexedWork(
        id,
        title,
        alternativeTitles,
        composers,
        variants,
        number,
        genre,
        instrumentation,
        key,
        year,
        null,
        formats,
        List.of(),
        false,
        List.of(),
        text,
        incipit,
        listing,
        List.of());
  }
}
