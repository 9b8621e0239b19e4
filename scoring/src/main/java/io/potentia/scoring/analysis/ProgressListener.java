package io.potentia.scoring.analysis;

/**
 * Receives the progress of a long analysis: units of work done out of the total (replications
 * for a Monte Carlo run, model runs for a Sobol analysis). Called from worker threads, possibly
 * at once and not in order of {@code done}; it must be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Reports progress.
   *
   * @param done units finished, from 1 to {@code total}
   * @param total units in all
   */
  void progress(int done, int total);
}
