package org.ricercar.archive.catalogue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ricercar.archive.it.Deployments;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.PostgresServer;

/** The same catalogue API suite on PostgreSQL, running the same migrations. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiPostgresIT extends CatalogueApiContract {

  @Deployment(testable = false)
  @TargetsContainer("postgres")
  static WebArchive application() {
    KeycloakServer.shared();
    PostgresServer.shared().recreateDatabase("ricercar_it");
    return Deployments.application();
  }
}
