package org.ricercar.archive.catalogue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ricercar.archive.it.Deployments;
import org.ricercar.archive.it.KeycloakServer;

/** The catalogue API on the embedded H2 default. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT extends CatalogueApiContract {

  @Deployment(testable = false)
  @TargetsContainer("h2")
  static WebArchive application() {
    KeycloakServer.shared();
    return Deployments.application();
  }
}
