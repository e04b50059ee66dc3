package org.ricercar.archive.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.ricercar.archive.ArchiveSettings;

/**
 * Page addresses such as {@code /works/42} are routes of the single-page UI: they are answered with
 * its shell ({@code index.html}), which then renders the page. Every response also carries headers
 * that keep the pages from being framed, sniffed or given scripts from elsewhere, and the server's
 * {@code Date}, which RFC 9110 asks of a server with a clock and which the vote page counts down
 * by.
 */
@WebFilter(urlPatterns = "/*")
public class WebShellFilter extends HttpFilter {

  /** UI routes: the first path segment names a page, and there is no file extension. */
  private static final Pattern ROUTE =
      Pattern.compile(
          "/(works|people|sources|collections|members|imports|fixity|search|guidelines|framework|votes|auth|about)(/[^.]*)?");

  @Inject ArchiveSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setDateHeader("Date", System.currentTimeMillis());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (!path.startsWith("/api/")) {
      response.setHeader(
          "Content-Security-Policy",
          // 'wasm-unsafe-eval' lets the score viewer's worker compile Verovio's WebAssembly (from
          // our own origin); it allows no eval() of JavaScript.
          "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self' "
              + settings.identityUrl()
              + "; img-src 'self' data:; frame-ancestors 'none'; form-action 'self' "
              + settings.identityUrl()
              + "; base-uri 'self'; object-src 'none'");
    }
    if ("GET".equals(request.getMethod()) && ROUTE.matcher(path).matches()) {
      request.getRequestDispatcher("/index.html").forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
