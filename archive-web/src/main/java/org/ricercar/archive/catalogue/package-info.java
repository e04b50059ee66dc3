/**
 * The music catalogue's shared rules: every record is versioned, revised with a history, and
 * withdrawn rather than deleted. Each kind of record has its own sub-package.
 */
package org.ricercar.archive.catalogue;
