/**
 * Bulk import of a zip or a server folder of files as a background job: each file is read, matched
 * against the works the archive holds, stored and reported on; an interrupted job can be resumed
 * and a repeated one changes nothing.
 */
package org.ricercar.archive.imports;
