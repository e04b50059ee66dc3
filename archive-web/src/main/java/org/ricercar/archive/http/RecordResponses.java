package org.ricercar.archive.http;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.ricercar.archive.catalogue.RecordView;

/**
 * Responses carrying a record: always with its ETag, so the next change can name the version it is
 * based on, and never cached without revalidation.
 */
public final class RecordResponses {

  private static final CacheControl REVALIDATE = revalidate();

  private RecordResponses() {}

  private static CacheControl revalidate() {
    var cacheControl = new CacheControl();
    cacheControl.setNoCache(true);
    cacheControl.setPrivate(true);
    cacheControl.setNoTransform(false);
    return cacheControl;
  }

  public static Response ok(RecordView view) {
    return Response.ok(view)
        .tag(EntityVersions.tag(view.version()))
        .cacheControl(REVALIDATE)
        .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
        .build();
  }

  /** 304 when the client's copy is current ({@code If-None-Match}), the record otherwise. */
  public static Response read(RecordView view, Request request) {
    EntityTag tag = EntityVersions.tag(view.version());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified
          .cacheControl(REVALIDATE)
          .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
          .build();
    }
    return ok(view);
  }

  public static Response created(RecordView view, URI location) {
    return Response.created(location)
        .entity(view)
        .tag(EntityVersions.tag(view.version()))
        .cacheControl(REVALIDATE)
        .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
        .build();
  }
}
