package org.ricercar.archive.http;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.ricercar.archive.catalogue.PageRequest;

/**
 * The paging query parameters every listing takes: {@code page} (from 0), {@code size} (1–100) and
 * {@code sort} (a sort name, prefixed with {@code -} for descending order). Read as text so that a
 * bad value is a 400 naming the parameter, not a bare 404. (Not annotated for OpenAPI: Payara's
 * generator fails on parameter annotations outside resource methods.)
 */
public class PageParameters {

  @QueryParam("page")
  @DefaultValue("0")
  String page;

  @QueryParam("size")
  @DefaultValue("20")
  String size;

  @QueryParam("sort")
  String sort;

  public PageRequest toRequest() {
    int pageNumber = QueryValues.integer("page", page, 0, 1_000_000);
    int pageSize = QueryValues.integer("size", size, 1, PageRequest.MAX_SIZE);
    boolean descending = sort != null && sort.startsWith("-");
    String sortName = sort == null || sort.isBlank() ? null : sort.replaceFirst("^-", "");
    return new PageRequest(pageNumber, pageSize, sortName, descending);
  }
}
