/** Sources of a work: manuscripts, prints, editions and recordings, with where they are held. */
package org.ricercar.archive.catalogue.source;
