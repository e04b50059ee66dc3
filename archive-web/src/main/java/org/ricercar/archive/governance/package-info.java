/**
 * The governance API: the framework, guidelines with their revisions, comments and amendments, and
 * votes. The rules live in the governance module; these resources translate HTTP to its calls.
 */
package org.ricercar.archive.governance;
