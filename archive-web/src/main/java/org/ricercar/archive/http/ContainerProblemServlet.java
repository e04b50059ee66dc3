package org.ricercar.archive.http;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors the servlet container answers itself, before JAX-RS sees the request (an invalid bearer
 * token, say), are answered here as RFC 9457 problems too, instead of the container's HTML page.
 * web.xml routes those status codes to this servlet.
 */
@WebServlet("/container-problem")
public class ContainerProblemServlet extends HttpServlet {

  /** JSON-P's provider, looked up once: Json.create… would search the class path every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final Logger LOG = Logger.getLogger(ContainerProblemServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : 500;
    String instance = "urn:uuid:" + UUID.randomUUID();
    String detail =
        switch (status) {
          case 401 -> "The bearer token is invalid or expired: sign in again.";
          case 403 -> "Your account does not have a role that allows this.";
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not support that method.";
          default ->
              "Something went wrong on our side. Please report the problem id " + instance + ".";
        };
    Level level = status >= 500 ? Level.SEVERE : Level.FINE;
    LOG.log(
        level,
        "Problem {0} ({1}) for {2}: {3}",
        new Object[] {
          instance,
          status,
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)
        });
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"ricercar\", error=\"invalid_token\"");
    }
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    var title = Response.Status.fromStatusCode(status);
    response
        .getWriter()
        .write(
            JSON.createObjectBuilder()
                .add("type", status == 401 ? "/problems/unauthenticated" : "about:blank")
                .add("title", title == null ? "HTTP " + status : title.getReasonPhrase())
                .add("status", status)
                .add("detail", detail)
                .add("instance", instance)
                .build()
                .toString());
  }
}
