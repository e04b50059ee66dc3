/**
 * Guidelines the community drafts on the UNESCO framework: numbered clauses tagged with principles,
 * revisions that never change once written, comments and amendments per clause, and the freeze that
 * fixes a revision's text (by its SHA-256) for a vote.
 */
package org.ricercar.governance.guideline;
