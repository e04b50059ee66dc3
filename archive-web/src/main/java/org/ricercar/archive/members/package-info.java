/**
 * Member administration for admins: listing members and granting or revoking roles. Identity lives
 * in Keycloak behind the {@link org.ricercar.archive.members.IdentityDirectory} port; every role
 * change is also written to the provenance ledger.
 */
package org.ricercar.archive.members;
