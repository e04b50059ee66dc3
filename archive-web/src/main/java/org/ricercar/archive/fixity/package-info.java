/**
 * Fixity: audits that re-hash every stored file, least recently checked first, record each check as
 * an event on the ledger, and report missing or changed files.
 */
package org.ricercar.archive.fixity;
