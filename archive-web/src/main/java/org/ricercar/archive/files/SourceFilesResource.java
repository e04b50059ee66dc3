package org.ricercar.archive.files;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.identity.Caller;
import org.ricercar.archive.identity.Roles;

/** The files of one source: list them, or attach a new one. */
@Path("/sources/{id}/files")
@Tag(name = "Files")
@Produces(MediaType.APPLICATION_JSON)
public class SourceFilesResource {

  @Inject FileService files;

  @GET
  @PermitAll
  @Operation(summary = "The files attached to a source")
  public List<FileView> listSourceFiles(
      @PathParam("id") long id, @Context SecurityContext security) {
    return files.ofSource(id, Caller.of(security).viewer());
  }

  @POST
  @RolesAllowed(Roles.LIBRARIAN)
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Attach a file (the request body is the file's bytes)",
      description =
          "The format is recognised from the content, not the name or Content-Type: MusicXML"
              + " (also compressed .mxl), MEI, ABC, Humdrum **kern, MARCXML, PDF, PNG, JPEG,"
              + " TIFF, FLAC, MP3, Ogg and WAV. A notation file is read before it is stored and"
              + " fills in what its work's record lacks. A file that cannot be read safely is"
              + " rejected with 422 and not stored.")
  public Response attachFile(
      @PathParam("id") long id,
      @Parameter(description = "The file's original name, e.g. lied.musicxml") @QueryParam("name")
          String name,
      @Parameter(description = "A rightsstatements.org or Creative Commons URI")
          @QueryParam("rights")
          String rights,
      InputStream body,
      @Context SecurityContext security) {
    FileView file = files.upload(id, name, rights, body, Caller.of(security).actor());
    return Response.created(URI.create("/api/files/" + file.id())).entity(file).build();
  }
}
