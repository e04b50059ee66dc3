package org.ricercar.archive.files;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.identity.Caller;

/** One file: its description, and its bytes as a download. */
@Path("/files/{id}")
@Tag(name = "Files")
public class FileResource {

  @Inject FileService files;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A file's description")
  public FileView readFile(@PathParam("id") long id, @Context SecurityContext security) {
    return files.read(id, Caller.of(security).viewer());
  }

  @GET
  @Path("/content")
  @PermitAll
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a file",
      description =
          "Served with the format's media type as an attachment, never as HTML; the content"
              + " never changes, so it may be cached by its digest.")
  public Response downloadFile(@PathParam("id") long id, @Context SecurityContext security) {
    var content = files.content(id, Caller.of(security).viewer());
    FileView file = content.file();
    var cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(86_400);
    return Response.ok(content.bytes(), file.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, Filenames.attachment(file.filename()))
        .header(HttpHeaders.CONTENT_LENGTH, file.size())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .tag(new EntityTag(file.sha256()))
        .cacheControl(cache)
        .build();
  }
}
