package org.ricercar.archive.search;

/**
 * How current this node's search index is.
 *
 * @param position the last ledger entry the index has applied
 * @param ledgerPosition the last entry on the ledger
 * @param lag how many ledger entries the index has still to apply
 * @param documents how many works are searchable
 * @param rebuild the latest full rebuild
 * @param error the error that stops the index from following the catalogue, or null
 */
public record IndexStatus(
    long position,
    long ledgerPosition,
    long lag,
    int documents,
    RebuildStatus rebuild,
    String error) {}
