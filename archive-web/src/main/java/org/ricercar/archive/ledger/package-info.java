/** The provenance ledger's public HTTP face: anyone may verify the hash chain. */
package org.ricercar.archive.ledger;
