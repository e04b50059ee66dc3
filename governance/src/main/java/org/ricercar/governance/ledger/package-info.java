/**
 * The provenance ledger: an append-only, hash-chained list of consequential events that anyone can
 * verify by recomputing the chain.
 */
package org.ricercar.governance.ledger;
