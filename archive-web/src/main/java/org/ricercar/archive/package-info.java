/** The archive web application: the catalogue, its REST API under {@code /api} and the web UI. */
package org.ricercar.archive;
