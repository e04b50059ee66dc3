package org.ricercar.archive.http;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ricercar.archive.catalogue.PageRequest;

/**
 * The paging query parameters every listing takes: {@code page} (from 0), {@code size} (1–100)
 * and {@code sort} (a sort name, prefixed with {@code -} for descending order). Read as text so
 * that a bad value is a 400 naming the parameter, not a bare 404.
 */
public class PageParameters {

  @QueryParam("page")
  @DefaultValue("0")
  @Parameter(description = "Zero-based page number.")
  String page;

  @QueryParam("size")
  @DefaultValue("20")
  @Parameter(description = "Records per page, 1 to 100.")
  String size;

  @QueryParam("sort")
  @Parameter(description = "Sort name, e.g. title; prefix with - for descending order.")
  String sort;

  public PageRequest toRequest() {
    int pageNumber = QueryValues.integer("page", page, 0, 1_000_000);
    int pageSize = QueryValues.integer("size", size, 1, PageRequest.MAX_SIZE);
    boolean descending = sort != null && sort.startsWith("-");
    String sortName = sort == null || sort.isBlank() ? null : sort.replaceFirst("^-", "");
    return new PageRequest(pageNumber, pageSize, sortName, descending);
  }
}
