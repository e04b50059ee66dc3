/**
 * Keeps the search module's index of works in step with the catalogue and answers the API's
 * full-text queries with it.
 */
package org.ricercar.archive.search;
