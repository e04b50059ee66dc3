package org.ricercar.archive.files;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.identity.Caller;

/** Every file of every source of one work, for its page. */
@Path("/works/{id}/files")
@Tag(name = "Files")
@Produces(MediaType.APPLICATION_JSON)
public class WorkFilesResource {

  @Inject FileService files;

  @GET
  @PermitAll
  @Operation(summary = "The files of all the sources of a work")
  public List<FileView> listWorkFiles(@PathParam("id") long id, @Context SecurityContext security) {
    return files.ofWork(id, Caller.of(security).viewer());
  }
}
