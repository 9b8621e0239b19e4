package io.potentia.scoring.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A parallel loop over {@code [0, count)} that stops when a flag is raised. The cancellation is
 * thrown from the calling thread after the loop: a {@link CancellationException} thrown inside a
 * fork-join task reaches the caller as a new one without its message.
 */
public final class CancellableLoop {
  private CancellableLoop() {}

  /**
   * Runs {@code body} for each index on all cores; once {@code cancelled} says so, the indices not
   * yet started are skipped and a {@link CancellationException} with the given message follows.
   */
  public static void run(int count, BooleanSupplier cancelled, IntConsumer body, Supplier<String> whenCancelled) {
    if (cancelled == null) {
      IntStream.range(0, count).parallel().forEach(body);
      return;
    }
    AtomicBoolean stopped = new AtomicBoolean();
    IntStream.range(0, count).parallel().forEach(i -> {
      if (stopped.get() || cancelled.getAsBoolean()) {
        stopped.set(true);
        return;
      }
      body.accept(i);
    });
    if (stopped.get()) {
      throw new CancellationException(whenCancelled.get());
    }
  }
}
