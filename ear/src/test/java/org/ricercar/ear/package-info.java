/** Deployment test of the EAR on a full Payara Server 7. */
package org.ricercar.ear;
