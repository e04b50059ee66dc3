/**
 * Files attached to sources: content-addressed storage on disk (SHA-256, written once, never
 * overwritten), their records, uploads and downloads.
 */
package org.ricercar.archive.files;
