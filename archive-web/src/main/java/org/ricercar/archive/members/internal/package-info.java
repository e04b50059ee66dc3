/** The Keycloak adapter behind the identity directory port, using keycloak-admin-client. */
package org.ricercar.archive.members.internal;
