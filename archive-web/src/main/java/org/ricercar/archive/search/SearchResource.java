package org.ricercar.archive.search;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.http.ParameterException;
import org.ricercar.archive.http.QueryValues;
import org.ricercar.archive.identity.Roles;
import org.ricercar.search.Facet;
import org.ricercar.search.MelodicMatch;
import org.ricercar.search.MelodicQuery;
import org.ricercar.search.SearchRequest;
import org.ricercar.search.SearchSort;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.MelodyInput;
import org.ricercar.search.melody.MelodyNotation;

/** Searching the catalogue by words with facets or by melody, and keeping the index current. */
@Path("/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  private static final int MAX_MELODY_LENGTH = 500;

  @Inject WorkSearch search;

  @Inject SearchIndex searchIndex;

  @Context UriInfo uri;

  @GET
  @PermitAll
  @Operation(
      summary = "Search works by words and facets",
      description =
          "Every word of q must match (case and diacritics ignored; one typo tolerated in words of"
              + " four letters or more). word* matches a prefix, \"two words\" a phrase, and"
              + " composer:, title:, key:, genre:, instrumentation:, number: and text: search one"
              + " field. Facet parameters (composer, period, genre, instrumentation, key, format,"
              + " rights, restoration, ai) may repeat: values of one facet widen the search, values"
              + " of different facets narrow it. Facet counts ignore the facet's own filter.")
  public SearchPage searchWorks(
      @QueryParam("q") @Parameter(description = "Words, e.g. dvorak serenade") String query,
      @QueryParam("sort")
          @Parameter(description = "relevance (default with words), title, composer, date or -date")
          String sort,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size,
      @QueryParam("facetValues")
          @Parameter(description = "How many of each facet's most frequent values to count, 1-100")
          String facetValues) {
    int pageNumber = QueryValues.integer("page", page, 0, SearchRequest.MAX_OFFSET);
    int valuesPerFacet =
        facetValues == null
            ? SearchRequest.DEFAULT_FACET_VALUES
            : QueryValues.integer("facetValues", facetValues, 1, SearchRequest.MAX_FACET_VALUES);
    int pageSize = QueryValues.integer("size", size, 1, PageRequest.MAX_SIZE);
    if ((long) pageNumber * pageSize > SearchRequest.MAX_OFFSET) {
      throw new ParameterException(
          "page", "goes beyond hit " + SearchRequest.MAX_OFFSET + "; narrow the search instead");
    }
    String text = QueryValues.optionalText("q", query, SearchRequest.MAX_QUERY_LENGTH);
    SearchRequest request;
    try {
      request =
          new SearchRequest(
              text, filters(), sortOf(sort), pageNumber * pageSize, pageSize, valuesPerFacet);
    } catch (IllegalArgumentException e) {
      throw new ParameterException("q", e.getMessage());
    }
    try {
      return search.search(request, pageNumber);
    } catch (IllegalArgumentException e) {
      throw new ParameterException("q", e.getMessage());
    }
  }

  @GET
  @Path("melody")
  @PermitAll
  @Operation(
      summary = "Search works by melody",
      description =
          "Finds works whose incipits contain the melody anywhere, in any transposition, most"
              + " similar first. notation: notes (e.g. \"c d e f g\" or \"C4:1/4 D#4:1/8\"), abc (an ABC"
              + " fragment) or pae (Plaine & Easie). match: exact (same intervals), contour (same"
              + " ups and downs) or rhythm (same intervals and durations). verbatimOnly=true"
              + " ignores notes an editor or a model supplied.")
  public MelodyPage searchMelody(
      @QueryParam("melody") @Parameter(description = "The melody as typed") String melody,
      @QueryParam("notation") @DefaultValue("notes") String notation,
      @QueryParam("match") @DefaultValue("exact") String match,
      @QueryParam("verbatimOnly") @DefaultValue("false") String verbatimOnly,
      @QueryParam("limit") @DefaultValue("20") String limit) {
    String typed = QueryValues.optionalText("melody", melody, MAX_MELODY_LENGTH);
    if (typed == null) {
      throw new ParameterException("melody", "is required: the notes to search for");
    }
    MelodyNotation readAs = notationOf(notation);
    MelodicMatch matching = matchOf(match);
    boolean verbatim = booleanOf("verbatimOnly", verbatimOnly);
    int hits = QueryValues.integer("limit", limit, 1, 100);
    MelodicQuery query;
    try {
      Incipit notes = MelodyInput.parse(typed, readAs);
      query = new MelodicQuery(notes, matching, verbatim, hits);
    } catch (IllegalArgumentException e) {
      throw new ParameterException("melody", e.getMessage());
    }
    return search.melody(query);
  }

  @GET
  @Path("status")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "How current this node's search index is, and the latest rebuild")
  public IndexStatus indexStatus() {
    return searchIndex.status();
  }

  @POST
  @Path("rebuilds")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Rebuild this node's search index from the database",
      description =
          "Runs in the background; searches use the previous index until it finishes. Follow it"
              + " at /api/search/status. 409 while a rebuild runs.")
  public Response rebuildIndex() {
    searchIndex.requestRebuild();
    return Response.accepted(searchIndex.status())
        .location(uri.getBaseUriBuilder().path("search/status").build())
        .build();
  }

  private EnumMap<Facet, Set<String>> filters() {
    var filters = new EnumMap<Facet, Set<String>>(Facet.class);
    var parameters = uri.getQueryParameters();
    for (Facet facet : Facet.values()) {
      List<String> values = parameters.get(facet.parameter());
      if (values != null && !values.isEmpty()) {
        var chosen = new LinkedHashSet<String>();
        for (String value : values) {
          if (value.isBlank() || value.length() > SearchRequest.MAX_VALUE_LENGTH) {
            throw new ParameterException(
                facet.parameter(),
                "values must be 1 to " + SearchRequest.MAX_VALUE_LENGTH + " characters");
          }
          chosen.add(value.strip());
        }
        if (chosen.size() > SearchRequest.MAX_VALUES_PER_FACET) {
          throw new ParameterException(
              facet.parameter(),
              "may be given at most " + SearchRequest.MAX_VALUES_PER_FACET + " times");
        }
        filters.put(facet, chosen);
      }
    }
    return filters;
  }

  private static SearchSort sortOf(String sort) {
    if (sort == null || sort.isBlank()) {
      return null;
    }
    return switch (sort.strip()) {
      case "relevance" -> SearchSort.RELEVANCE;
      case "title" -> SearchSort.TITLE;
      case "composer" -> SearchSort.COMPOSER;
      case "date" -> SearchSort.DATE;
      case "-date" -> SearchSort.DATE_DESCENDING;
      default ->
          throw new ParameterException("sort", "must be relevance, title, composer, date or -date");
    };
  }

  private static MelodyNotation notationOf(String notation) {
    return switch (notation.strip().toLowerCase(Locale.ROOT)) {
      case "notes" -> MelodyNotation.NOTE_NAMES;
      case "abc" -> MelodyNotation.ABC;
      case "pae" -> MelodyNotation.PLAINE_EASIE;
      default -> throw new ParameterException("notation", "must be notes, abc or pae");
    };
  }

  private static MelodicMatch matchOf(String match) {
    return switch (match.strip().toLowerCase(Locale.ROOT)) {
      case "exact" -> MelodicMatch.EXACT;
      case "contour" -> MelodicMatch.CONTOUR;
      case "rhythm" -> MelodicMatch.RHYTHM;
      default -> throw new ParameterException("match", "must be exact, contour or rhythm");
    };
  }

  private static boolean booleanOf(String name, String text) {
    return switch (text.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ParameterException(name, "must be true or false");
    };
  }
}
