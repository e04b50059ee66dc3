/** Readiness checks: the database and the identity provider, reported at /health/ready. */
package org.ricercar.archive.health;
