package org.ricercar.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.MMapDirectory;
import org.ricercar.search.MelodicHit;
import org.ricercar.search.MelodicMatch;
import org.ricercar.search.MelodicQuery;
import org.ricercar.search.internal.MelodicSearch;
import org.ricercar.search.internal.MelodyFields;
import org.ricercar.search.internal.WorkFields;
import org.ricercar.search.melody.Incipit;

/**
 * Measures issue 4's latency target, melodic search at 100,000 incipits p95 ≤ 200 ms: indexes
 * {@link SyntheticIncipits} in a temporary memory-mapped directory, then runs 200 warm-up and 1,000
 * measured queries of 6 to 8 notes from random incipits, transposed, in exact, contour and rhythm
 * modes in turn (every fifth verbatim only), one at a time.
 *
 * <p>Usage: {@code MelodicLatencyBenchmark [incipits (100000)] [seed (1)]}.
 */
public final class MelodicLatencyBenchmark {

  private static final int WARM_UP = 200;
  private static final int MEASURED = 1000;

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    var generator = new SyntheticIncipits(seed);
    var incipits = new ArrayList<Incipit>(count);
    for (int i = 0; i < count; i++) {
      incipits.add(generator.next());
    }
    Path folder = Files.createTempDirectory("melodic-latency");
    try {
      long start = System.nanoTime();
      try (var directory = new MMapDirectory(folder);
          var writer =
              new IndexWriter(
                  directory,
                  new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
        for (int i = 0; i < count; i++) {
          var doc = new Document();
          doc.add(new StringField(WorkFields.ID, "work-" + i, Field.Store.YES));
          MelodyFields.addTo(doc, incipits.get(i));
          writer.addDocument(doc);
        }
        writer.commit();
        double indexing = (System.nanoTime() - start) / 1e9;
        try (var reader = DirectoryReader.open(directory)) {
          report(
              seed,
              count,
              indexing,
              size(folder),
              measure(new IndexSearcher(reader), incipits, seed));
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** Milliseconds per measured query, and how often an exact query ranked its source first. */
  private record Timings(double[] millis, int exactQueries, int exactFirst) {}

  private static Timings measure(IndexSearcher searcher, List<Incipit> incipits, long seed)
      throws IOException {
    var random = new Random(seed + 1);
    double[] millis = new double[MEASURED];
    int exactQueries = 0;
    int exactFirst = 0;
    MelodicMatch[] modes = MelodicMatch.values();
    for (int q = 0; q < WARM_UP + MEASURED; q++) {
      int source = random.nextInt(incipits.size());
      Incipit melody =
          QueryFragments.fragment(
              incipits.get(source), 6 + random.nextInt(3), random.nextInt(13) - 6, false, random);
      var query = new MelodicQuery(melody, modes[q % modes.length], q % 5 == 4, 20);
      long start = System.nanoTime();
      List<MelodicHit> hits = MelodicSearch.search(searcher, query);
      long nanos = System.nanoTime() - start;
      if (q >= WARM_UP) {
        millis[q - WARM_UP] = nanos / 1e6;
        if (query.match() == MelodicMatch.EXACT && !query.verbatimOnly()) {
          exactQueries++;
          exactFirst += !hits.isEmpty() && hits.getFirst().id().equals("work-" + source) ? 1 : 0;
        }
      }
    }
    return new Timings(millis, exactQueries, exactFirst);
  }

  private static void report(
      long seed, int count, double indexingSeconds, long bytes, Timings timings) {
    double[] sorted = timings.millis().clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%d incipits indexed in %.1f s, %.1f MB on disk; %d measured queries after %d warm-up%n",
        count,
        indexingSeconds,
        bytes / 1e6,
        MEASURED,
        WARM_UP);
    System.out.printf(
        Locale.ROOT,
        "exact queries with their source ranked first (ties by id count against): %d of %d%n",
        timings.exactFirst(),
        timings.exactQueries());
    System.out.printf(
        Locale.ROOT,
        "melodic latency: seed=%d incipits=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
        seed,
        count,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  private static double percentile(double[] sorted, int percent) {
    return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1];
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      long total = 0;
      for (Path file : files.toList()) {
        total += Files.size(file);
      }
      return total;
    }
  }
}
