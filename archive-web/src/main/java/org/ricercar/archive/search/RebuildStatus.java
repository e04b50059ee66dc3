package org.ricercar.archive.search;

import java.time.Duration;
import java.time.Instant;

/**
 * The state of the latest full rebuild of this node's search index.
 *
 * @param state NONE (none since start-up), RUNNING, FINISHED or FAILED
 * @param indexed how many works the rebuild has indexed so far
 * @param total how many published works there were when it started
 * @param startedAt when it started, or null
 * @param finishedAt when it finished or failed, or null
 * @param worksPerSecond the rate so far
 * @param error why it failed, or null
 */
public record RebuildStatus(
    State state,
    long indexed,
    long total,
    Instant startedAt,
    Instant finishedAt,
    double worksPerSecond,
    String error) {

  public enum State {
    NONE,
    RUNNING,
    FINISHED,
    FAILED
  }

  static final RebuildStatus NONE = new RebuildStatus(State.NONE, 0, 0, null, null, 0, null);

  static RebuildStatus started(long total) {
    return new RebuildStatus(State.RUNNING, 0, total, Instant.now(), null, 0, null);
  }

  RebuildStatus progressed(long indexed) {
    return new RebuildStatus(
        State.RUNNING, indexed, total, startedAt, null, rate(indexed, Instant.now()), null);
  }

  RebuildStatus finished() {
    Instant now = Instant.now();
    return new RebuildStatus(
        State.FINISHED, indexed, total, startedAt, now, rate(indexed, now), null);
  }

  RebuildStatus failed(String reason) {
    Instant now = Instant.now();
    return new RebuildStatus(
        State.FAILED, indexed, total, startedAt, now, rate(indexed, now), reason);
  }

  boolean running() {
    return state == State.RUNNING;
  }

  private double rate(long indexed, Instant now) {
    double seconds = Duration.between(startedAt, now).toNanos() / 1e9;
    return seconds <= 0 ? 0 : Math.round(indexed / seconds * 10) / 10.0;
  }
}
