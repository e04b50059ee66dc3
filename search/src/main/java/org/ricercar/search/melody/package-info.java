/**
 * Melodies as the archive stores and searches them: an {@link org.ricercar.search.melody.Incipit}
 * is the opening of a work's top voice as spelled pitches and durations, one representation shared
 * by every notation format, plus the readers that turn typed notation into it.
 */
package org.ricercar.search.melody;
