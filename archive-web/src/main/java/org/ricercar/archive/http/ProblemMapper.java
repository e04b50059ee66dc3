package org.ricercar.archive.http;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ricercar.archive.catalogue.InvalidDetailsException;
import org.ricercar.archive.catalogue.RecordNotFoundException;
import org.ricercar.archive.catalogue.RecordStateConflictException;
import org.ricercar.archive.catalogue.RecordWithdrawnException;
import org.ricercar.archive.catalogue.StaleVersionException;
import org.ricercar.archive.catalogue.revision.RevisionNotFoundException;
import org.ricercar.archive.files.FileAlreadyAttachedException;
import org.ricercar.archive.files.FileTooLargeException;
import org.ricercar.archive.members.IdentityProviderException;
import org.ricercar.archive.members.MemberNotFoundException;
import org.ricercar.archive.scores.RejectedFileException;
import org.ricercar.governance.GovernanceException;

/**
 * Turns every exception that reaches JAX-RS into an RFC 9457 problem. Client errors are logged at
 * FINE, server errors at SEVERE with their stack trace; both carry the problem's instance id, which
 * is also in the response, so a user's report can be matched to the log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context SecurityContext security;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable cause = known(thrown);
    Problem problem = problemFor(cause);
    if (problem.status() >= 500) {
      LOG.log(Level.SEVERE, "Problem " + problem.instance() + ": " + thrown, thrown);
    } else {
      LOG.log(
          Level.FINE,
          () ->
              "Problem " + problem.instance() + " (" + problem.status() + "): " + problem.detail());
    }
    var response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (problem.status() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ricercar\"");
    }
    if (cause instanceof WebApplicationException web && problem.status() == 405) {
      response.allow(web.getResponse().getAllowedMethods());
    }
    return response.build();
  }

  /** Container and transaction layers wrap exceptions; find the one that says what happened. */
  private static Throwable known(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof WebApplicationException
          || t instanceof RequestBodyException
          || t instanceof ParameterException
          || t instanceof EntityVersions.PreconditionException
          || t instanceof OptimisticLockException
          || t.getClass().getPackageName().startsWith("org.ricercar")) {
        return t;
      }
    }
    return thrown;
  }

  private Problem problemFor(Throwable cause) {
    String id = "urn:uuid:" + UUID.randomUUID();
    return switch (cause) {
      case RequestBodyException e ->
          new Problem(
              type("invalid-request"),
              "Invalid request",
              e.status(),
              e.getMessage(),
              id,
              e.errors().isEmpty() ? null : e.errors());
      case ParameterException e ->
          new Problem(
              type("invalid-request"),
              "Invalid request",
              400,
              "Query parameter '" + e.parameter() + "' " + e.getMessage() + ".",
              id,
              List.of(new FieldError(e.parameter(), e.getMessage())));
      case InvalidDetailsException e ->
          new Problem(
              type("invalid-request"),
              "Invalid request",
              400,
              "The request has " + e.fieldErrors().size() + " invalid field(s).",
              id,
              fieldErrors(e.fieldErrors()));
      case EntityVersions.PreconditionException e ->
          new Problem(
              type(e.status() == 428 ? "precondition-required" : "stale-version"),
              e.status() == 428 ? "Precondition required" : "Precondition failed",
              e.status(),
              e.getMessage(),
              id,
              null);
      case StaleVersionException e ->
          new Problem(type("stale-version"), "Precondition failed", 412, e.getMessage(), id, null);
      case OptimisticLockException e ->
          new Problem(
              type("stale-version"),
              "Precondition failed",
              412,
              "Someone else changed this record at the same moment. Reload it and try again.",
              id,
              null);
      case RevisionNotFoundException e ->
          new Problem(type("not-found"), "Not found", 404, e.getMessage(), id, null);
      case RecordNotFoundException e ->
          new Problem(type("not-found"), "Not found", 404, e.getMessage(), id, null);
      case RecordWithdrawnException e ->
          new Problem(type("withdrawn"), "Withdrawn", 410, e.getMessage(), id, null);
      case RecordStateConflictException e ->
          new Problem(type("conflict"), "Conflict", 409, e.getMessage(), id, null);
      case RejectedFileException e ->
          new Problem(type("rejected-file"), "File rejected", 422, e.getMessage(), id, null);
      case FileTooLargeException e ->
          new Problem(type("too-large"), "Content too large", 413, e.getMessage(), id, null);
      case FileAlreadyAttachedException e ->
          new Problem(type("conflict"), "Conflict", 409, e.getMessage(), id, null);
      case NotAuthorizedException e -> unauthenticated(id);
      case ForbiddenException e ->
          security == null || security.getUserPrincipal() == null
              ? unauthenticated(id)
              : new Problem(
                  type("forbidden"),
                  "Forbidden",
                  403,
                  "Your account does not have a role that allows this.",
                  id,
                  null);
      case WebApplicationException e -> httpProblem(e.getResponse().getStatus(), id);
      case GovernanceException.NotFound e ->
          new Problem(type("not-found"), "Not found", 404, e.getMessage(), id, null);
      case GovernanceException.NotAllowed e ->
          new Problem(type("forbidden"), "Forbidden", 403, e.getMessage(), id, null);
      case GovernanceException.Conflict e ->
          new Problem(type("conflict"), "Conflict", 409, e.getMessage(), id, null);
      case GovernanceException.Stale e ->
          new Problem(type("stale-version"), "Precondition failed", 412, e.getMessage(), id, null);
      case GovernanceException.InvalidField e ->
          new Problem(
              type("invalid-request"),
              "Invalid request",
              400,
              "The request has 1 invalid field(s).",
              id,
              List.of(new FieldError(e.field(), e.getMessage())));
      case MemberNotFoundException e ->
          new Problem(type("not-found"), "Not found", 404, e.getMessage(), id, null);
      case IdentityProviderException e ->
          new Problem(
              type("identity-provider"),
              "Identity provider unavailable",
              503,
              e.getMessage(),
              id,
              null);
      default ->
          new Problem(
              "about:blank",
              "Internal Server Error",
              500,
              "Something went wrong on our side. Please report the problem id " + id + ".",
              id,
              null);
    };
  }

  private static Problem unauthenticated(String id) {
    return new Problem(
        type("unauthenticated"),
        "Unauthorized",
        401,
        "Sign in to do this: send a valid bearer token.",
        id,
        null);
  }

  private static Problem httpProblem(int status, String id) {
    var reason = Response.Status.fromStatusCode(status);
    String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
    String detail =
        switch (status) {
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not support that method.";
          case 406 -> "This address cannot answer in the media type you asked for.";
          case 415 -> "Send the request body as application/json.";
          default -> title + ".";
        };
    return new Problem("about:blank", title, status, detail, id, null);
  }

  private static List<FieldError> fieldErrors(Map<String, String> errors) {
    return errors.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new FieldError(e.getKey(), e.getValue()))
        .toList();
  }

  /** Problem types are documented at these paths of the API documentation. */
  private static String type(String name) {
    return "/problems/" + name;
  }
}
