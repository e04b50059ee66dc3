/**
 * Governance: the community's guidelines, votes and policies, and the tamper-evident ledger on
 * which every consequential event is recorded. Knows nothing of Lucene or HTTP.
 */
package org.ricercar.governance;
