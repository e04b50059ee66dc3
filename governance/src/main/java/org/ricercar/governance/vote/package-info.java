/**
 * Votes on frozen guideline revisions: a snapshot of the electorate, one ballot per member (a
 * database constraint), receipts, closing at the closing time exactly once, and a published ballot
 * list from which anyone can recount the result.
 */
package org.ricercar.governance.vote;
