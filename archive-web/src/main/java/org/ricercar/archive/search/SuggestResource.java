package org.ricercar.archive.search;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.http.QueryValues;

/** Suggestions while a member types in a search box. */
@Path("/suggest")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestResource {

  @Inject WorkSearch search;

  @GET
  @PermitAll
  @Operation(summary = "Composers and titles completing what is typed, composers first")
  public Suggestions suggest(
      @QueryParam("prefix") @Parameter(description = "What has been typed so far") String prefix,
      @QueryParam("limit") @DefaultValue("8") String limit) {
    String typed = QueryValues.optionalText("prefix", prefix, 100);
    int count = QueryValues.integer("limit", limit, 1, 20);
    return typed == null ? new Suggestions(List.of()) : search.suggest(typed, count);
  }
}
