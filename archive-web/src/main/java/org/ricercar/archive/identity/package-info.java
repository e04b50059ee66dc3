/**
 * Who is calling: roles, the caller behind a verified bearer token, and the sign-in settings the
 * web UI needs. Tokens are issued by Keycloak and verified with MicroProfile JWT.
 */
package org.ricercar.archive.identity;
