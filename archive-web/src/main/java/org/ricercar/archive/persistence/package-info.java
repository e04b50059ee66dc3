/**
 * The database: the application's data source (H2 by default, PostgreSQL by configuration) and the
 * catalogue's schema migrations, applied at start-up.
 */
package org.ricercar.archive.persistence;
