package org.ricercar.archive.bench;

import java.util.List;

/**
 * Which benchmarks {@code ./ricercar bench} runs: all of them, or the one part named by {@code
 * -Dricercar.bench.only} (writes, records, search, melodic-quality or ballots).
 */
final class BenchmarkParts {

  private BenchmarkParts() {}

  static String only() {
    return System.getProperty("ricercar.bench.only", "all");
  }

  /** Whether a benchmark made of these parts has something to run. */
  static boolean runs(String... parts) {
    return only().equals("all") || List.of(parts).contains(only());
  }
}
