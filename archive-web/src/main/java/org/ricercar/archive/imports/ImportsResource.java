package org.ricercar.archive.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.http.PageParameters;
import org.ricercar.archive.http.QueryValues;
import org.ricercar.archive.identity.Caller;
import org.ricercar.archive.identity.Roles;

/** Bulk imports: start one from a zip or a server folder, follow it, resume it. */
@Path("/imports")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LIBRARIAN)
public class ImportsResource {

  @Inject ImportService imports;

  /** A server folder to import, relative to the configured import root. */
  public record FolderImport(
      @NotBlank(message = "a folder is required") @Size(max = 1000) String folder,
      @NotBlank(message = "a rights statement is required") @Size(max = 200) String rights) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Import a zip of files (the request body is the zip)",
      description =
          "The zip is checked as a whole first (readable, entries inside it, total size);"
              + " then a background job reads each file. Answers 202 with the job.")
  public Response importZip(
      @Parameter(description = "The zip's name, e.g. lieder.zip") @QueryParam("name") String name,
      @Parameter(description = "A rightsstatements.org or Creative Commons URI for every file")
          @QueryParam("rights")
          String rights,
      InputStream body,
      @Context SecurityContext security) {
    return accepted(imports.startZip(name, rights, body, Caller.of(security).actor()));
  }

  @POST
  @Path("/folder")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a folder under the server's import root (admins)")
  public Response importFolder(FolderImport request, @Context SecurityContext security) {
    return accepted(
        imports.startFolder(request.folder(), request.rights(), Caller.of(security).actor()));
  }

  @GET
  @Operation(summary = "Imports, newest first")
  public Page<ImportView> listImports(@BeanParam PageParameters paging) {
    return imports.list(paging.toRequest());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An import's state and counts")
  public ImportView readImport(@PathParam("id") long id) {
    return imports.read(id);
  }

  @GET
  @Path("/{id}/items")
  @Operation(summary = "An import's per-file report")
  public Page<ImportItemView> listImportItems(
      @PathParam("id") long id,
      @BeanParam PageParameters paging,
      @Parameter(description = "IMPORTED, DUPLICATE, MERGED or REJECTED") @QueryParam("outcome")
          String outcome) {
    return imports.items(
        id, paging.toRequest(), QueryValues.optionalEnum("outcome", outcome, ImportOutcome.class));
  }

  @POST
  @Path("/{id}/resume")
  @Operation(
      summary = "Resume an import",
      description =
          "Goes through the import's files again, skipping those its report lists: an"
              + " interrupted or failed import finishes; a completed one finds nothing to do."
              + " 409 while it is queued or running.")
  public Response resumeImport(@PathParam("id") long id) {
    return accepted(imports.resume(id));
  }

  private static Response accepted(ImportView job) {
    return Response.accepted(job).location(URI.create("/api/imports/" + job.id())).build();
  }
}
