/** Musical works: titles, catalogue numbers, keys, instrumentation, dates and their composers. */
package org.ricercar.archive.catalogue.work;
