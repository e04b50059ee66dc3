/**
 * Integration-test harness: the real servers the tests run against (Keycloak, PostgreSQL, Payara
 * Micro) started from their distributions on private loopback ports, and a small HTTP client.
 */
package org.ricercar.archive.it;
