package org.ricercar.archive.catalogue.source;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.http.EntityVersions;
import org.ricercar.archive.http.JsonRequestBinder;
import org.ricercar.archive.http.MergePatchReader;
import org.ricercar.archive.http.RecordResponses;
import org.ricercar.archive.identity.Caller;
import org.ricercar.archive.identity.Roles;

/** One source: read it, or change it against the version you read (If-Match). */
@Path("/sources/{id}")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

  @Inject SourceService service;

  @GET
  @PermitAll
  @Operation(summary = "A source")
  public Response readSource(
      @PathParam("id") long id, @Context Request request, @Context SecurityContext security) {
    return RecordResponses.read(service.read(id, Caller.of(security).viewer()), request);
  }

  @PUT
  @RolesAllowed(Roles.LIBRARIAN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the details (needs If-Match)")
  public Response replaceSource(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      SourceDetails details,
      @Context SecurityContext security) {
    long version = EntityVersions.required(ifMatch);
    return RecordResponses.ok(service.edit(id, version, details, Caller.of(security).actor()));
  }

  @PATCH
  @RolesAllowed(Roles.LIBRARIAN)
  @Consumes(MergePatchReader.MEDIA_TYPE)
  @Operation(summary = "Change some details with a JSON merge patch (needs If-Match)")
  public Response patchSource(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonObject patch,
      @Context SecurityContext security) {
    long version = EntityVersions.required(ifMatch);
    var merged = JsonRequestBinder.merge(service.details(id).details(), patch);
    return RecordResponses.ok(service.edit(id, version, merged, Caller.of(security).actor()));
  }
}
