package io.potentia.scoring.analysis.uncertainty;

import io.potentia.scoring.analysis.ProgressListener;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** Counts finished replications for a listener (called from worker threads), and carries the cancellation flag. */
final class Progress {
  private final ProgressListener listener;
  private final BooleanSupplier cancelled;
  private final int total;
  private final AtomicInteger done = new AtomicInteger();

  Progress(ProgressListener listener, BooleanSupplier cancelled, int total) {
    this.listener = listener;
    this.cancelled = cancelled;
    this.total = total;
  }

  void done() {
    int d = done.incrementAndGet();
    if (listener != null) {
      listener.progress(d, total);
    }
  }

  int count() {
    return done.get();
  }

  BooleanSupplier cancelled() {
    return cancelled;
  }
}
