package org.ricercar.governance;

import java.util.List;

/** One page of a governance listing and how many items the listing has in all. */
public record Listing<T>(List<T> items, long total) {}
