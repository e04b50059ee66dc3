package org.ricercar.search;

/**
 * A piece of a highlighted snippet: text, and whether it matched the query. A snippet is a list of
 * fragments rather than marked-up text, so nobody has to trust or escape markup.
 */
public record Fragment(String text, boolean match) {}
