package org.ricercar.archive.http;

import jakarta.annotation.Priority;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Reads JSON merge patches (RFC 7396), with the same limits as every other request body. */
@Provider
@Consumes(MergePatchReader.MEDIA_TYPE)
@Priority(Priorities.USER)
public class MergePatchReader implements MessageBodyReader<JsonObject> {

  public static final String MEDIA_TYPE = "application/merge-patch+json";

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonObject.class.equals(type);
  }

  @Override
  public JsonObject readFrom(
      Class<JsonObject> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    return JsonBodies.readObject(entityStream);
  }
}
