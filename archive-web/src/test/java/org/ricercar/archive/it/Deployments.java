package org.ricercar.archive.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the Arquillian suites deploy: the application's own WAR, as built, at the root context. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    var built = new File(ItSettings.require("ricercar.it.war"));
    // Payara Micro serves an archive named ROOT.war at "/".
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(built).as(WebArchive.class);
  }
}
