package org.ricercar.archive.scores;

/**
 * What a catalogue record (MARCXML) says about the source it describes; any field may be null.
 *
 * @param kind "manuscript" or "print"
 * @param institution the holding institution or its RISM siglum
 * @param shelfmark the shelfmark within that institution
 * @param date the source's date as written
 */
public record ExtractedSource(String kind, String institution, String shelfmark, String date) {}
