/**
 * People in the catalogue: composers and others, with name variants, life dates and authority ids.
 */
package org.ricercar.archive.catalogue.person;
