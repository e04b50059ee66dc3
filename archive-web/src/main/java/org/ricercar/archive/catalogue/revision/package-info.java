/**
 * Revision history of catalogue records: every change is kept with who made it, when, the fields it
 * changed and the full state afterwards, so any earlier state can be shown and restored.
 */
package org.ricercar.archive.catalogue.revision;
