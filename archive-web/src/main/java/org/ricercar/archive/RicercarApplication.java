package org.ricercar.archive;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.ricercar.archive.catalogue.WithdrawalsResource;
import org.ricercar.archive.catalogue.collection.CollectionResource;
import org.ricercar.archive.catalogue.collection.CollectionsResource;
import org.ricercar.archive.catalogue.person.PeopleResource;
import org.ricercar.archive.catalogue.person.PersonResource;
import org.ricercar.archive.catalogue.revision.RevisionsResource;
import org.ricercar.archive.catalogue.source.SourceResource;
import org.ricercar.archive.catalogue.source.SourcesResource;
import org.ricercar.archive.catalogue.work.WorkResource;
import org.ricercar.archive.catalogue.work.WorksResource;
import org.ricercar.archive.files.FileResource;
import org.ricercar.archive.files.SourceFilesResource;
import org.ricercar.archive.files.WorkFilesResource;
import org.ricercar.archive.fixity.FixityResource;
import org.ricercar.archive.governance.FrameworkResource;
import org.ricercar.archive.governance.GuidelineResource;
import org.ricercar.archive.governance.GuidelineRevisionsResource;
import org.ricercar.archive.governance.GuidelinesResource;
import org.ricercar.archive.governance.VotesResource;
import org.ricercar.archive.http.MergePatchReader;
import org.ricercar.archive.http.ProblemMapper;
import org.ricercar.archive.http.RecordReader;
import org.ricercar.archive.http.ServerTiming;
import org.ricercar.archive.identity.ClientConfigResource;
import org.ricercar.archive.identity.Roles;
import org.ricercar.archive.imports.ImportsResource;
import org.ricercar.archive.ledger.LedgerResource;
import org.ricercar.archive.ledger.ProvenanceResource;
import org.ricercar.archive.members.MembersResource;
import org.ricercar.archive.search.SearchResource;
import org.ricercar.archive.search.SuggestResource;

/**
 * The REST API under {@code /api}. Bearer tokens are verified with MicroProfile JWT. Resources and
 * providers are listed explicitly: this turns off class scanning, which would otherwise pick up the
 * RESTEasy providers that keycloak-admin-client brings into WEB-INF/lib.
 */
@ApplicationPath("/api")
// A CDI bean, so that Payara's MP-JWT extension finds @LoginConfig.
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "ricercar")
@DeclareRoles({
  Roles.MEMBER,
  Roles.LIBRARIAN,
  Roles.STEWARD,
  Roles.RESTORER,
  Roles.REVIEWER,
  Roles.ADMIN
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Ricercar API",
            version = "0.1",
            description =
                "The archive of lesser-known classical works. Reads of published records are"
                    + " public; changes need a bearer token with the right role. Errors are"
                    + " RFC 9457 problem details."))
public class RicercarApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        WorksResource.class,
        WorkResource.class,
        PeopleResource.class,
        PersonResource.class,
        SourcesResource.class,
        SourceResource.class,
        CollectionsResource.class,
        CollectionResource.class,
        RevisionsResource.class,
        WithdrawalsResource.class,
        MembersResource.class,
        FrameworkResource.class,
        GuidelinesResource.class,
        GuidelineResource.class,
        GuidelineRevisionsResource.class,
        VotesResource.class,
        LedgerResource.class,
        ProvenanceResource.class,
        SourceFilesResource.class,
        WorkFilesResource.class,
        FileResource.class,
        ImportsResource.class,
        FixityResource.class,
        SearchResource.class,
        SuggestResource.class,
        ClientConfigResource.class,
        RecordReader.class,
        MergePatchReader.class,
        ProblemMapper.class,
        ServerTiming.class);
  }
}
