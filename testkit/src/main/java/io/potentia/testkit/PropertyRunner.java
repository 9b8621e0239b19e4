package io.potentia.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * A small property runner on JUnit Jupiter: runs a check on many seeded random cases, and on
 * failure reports the seed, the smallest failing size and that case, so that it can be replayed.
 *
 * <pre>{@code
 * PropertyRunner.forAll(Generators.weights()).cases(500).check(w -> assertEquals(1.0, sum(w), 1e-12));
 * }</pre>
 *
 * <p>Case {@code i} of a run with base seed {@code s} uses seed {@code Seeds.derive(s, i)} and a size growing
 * linearly from 0 to {@link #maxSize(int)}. When a case fails, the runner regenerates it with the
 * same seed at every smaller size and reports the smallest that still fails (shrinking by size).
 * The failure message says how to replay: {@code -Dpotentia.replay=SEED:SIZE} runs that one case
 * only; {@code -Dpotentia.seed=S} changes the base seed and {@code -Dpotentia.cases=N} the number
 * of cases of every property (the fuzz profile raises it).
 *
 * <p>{@link #threads(int)} runs the cases on several threads; so does {@code -Dpotentia.threads=T}
 * for the checks of numerical edge cases, the long ones (the fuzz profile runs them on every core).
 * Cases are independent and seeded by their index, so the outcome does not depend on the number of
 * threads: when cases fail, the one reported is the failing case with the lowest index, as a run on
 * one thread would report. The check must then be safe to call from several threads at once, as the
 * library's strategies are.
 *
 * @param <T> the generated type
 */
public final class PropertyRunner<T> {
  /** The base seed when none is given: fixed, so that a build is repeatable. */
  public static final long DEFAULT_SEED = 0x5EED_2026L;

  private final Gen<T> gen;
  private long seed = Long.getLong("potentia.seed", DEFAULT_SEED);
  private int cases = Integer.getInteger("potentia.cases", 200);
  private int maxSize = 30;
  private int threads = 1;
  private Function<? super T, String> describe = String::valueOf;

  private PropertyRunner(Gen<T> gen) {
    this.gen = Objects.requireNonNull(gen, "gen");
  }

  /**
   * Starts a property over a generator.
   *
   * @param gen the generator
   * @param <T> the generated type
   * @return the runner
   */
  public static <T> PropertyRunner<T> forAll(Gen<T> gen) {
    return new PropertyRunner<>(gen);
  }

  /**
   * Sets the base seed (overridden by {@code -Dpotentia.seed}).
   *
   * @param baseSeed the seed
   * @return this runner
   */
  public PropertyRunner<T> seed(long baseSeed) {
    if (System.getProperty("potentia.seed") == null) {
      this.seed = baseSeed;
    }
    return this;
  }

  /**
   * Sets the number of cases (overridden by {@code -Dpotentia.cases}).
   *
   * @param count the number of cases, {@code >= 1}
   * @return this runner
   */
  public PropertyRunner<T> cases(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("cases must be >= 1, got " + count);
    }
    if (System.getProperty("potentia.cases") == null) {
      this.cases = count;
    }
    return this;
  }

  /**
   * Marks this property as a check of numerical edge cases (finite input never gives NaN or
   * infinity): {@code -Dpotentia.numericCases=N}, when set, gives it N cases, ahead of {@code
   * -Dpotentia.cases}, so that a long run (the fuzz profile sets a million) checks these more than
   * the rest; and {@code -Dpotentia.threads=T}, when set, runs them on T threads (0: one per core).
   *
   * @return this runner
   * @throws IllegalArgumentException if either property is set out of range
   */
  public PropertyRunner<T> numericEdgeCases() {
    Integer n = Integer.getInteger("potentia.numericCases");
    if (n != null) {
      if (n < 1) {
        throw new IllegalArgumentException("potentia.numericCases must be >= 1, got " + n);
      }
      this.cases = n;
    }
    Integer t = Integer.getInteger("potentia.threads");
    if (t != null) {
      if (t < 0) {
        throw new IllegalArgumentException("potentia.threads must be >= 0 (0: one per core), got " + t);
      }
      this.threads = t;
    }
    return this;
  }

  /**
   * Sets the largest size hint.
   *
   * @param size the largest size, {@code >= 0}
   * @return this runner
   */
  public PropertyRunner<T> maxSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("maxSize must be >= 0, got " + size);
    }
    this.maxSize = size;
    return this;
  }

  /**
   * Sets the number of threads that run the cases (1 unless set); the check must then be safe to
   * call from several threads at once.
   *
   * @param count the number of threads, {@code >= 1}, or 0 for one per core
   * @return this runner
   * @throws IllegalArgumentException if the count is negative
   */
  public PropertyRunner<T> threads(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0: one per core), got " + count);
    }
    this.threads = count;
    return this;
  }

  /**
   * Sets how a failing case is shown in the failure message (by default {@code toString}).
   *
   * @param describer the rendering
   * @return this runner
   */
  public PropertyRunner<T> describedBy(Function<? super T, String> describer) {
    this.describe = Objects.requireNonNull(describer, "describer");
    return this;
  }

  /**
   * Runs the check on every case; a check fails by throwing (an assertion or any exception).
   *
   * @param check the property, as assertions on one value
   * @throws AssertionFailedError naming the seed, size and smallest failing case
   */
  public void check(Consumer<? super T> check) {
    String replay = System.getProperty("potentia.replay");
    if (replay != null) {
      String[] parts = replay.split(":");
      long caseSeed = Long.parseLong(parts[0]);
      int size = Integer.parseInt(parts[1]);
      Throwable failure = attempt(check, caseSeed, size);
      if (failure != null) {
        throw report(check, caseSeed, size, -1, failure);
      }
      return;
    }
    int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    Failure first = workers <= 1 || cases == 1 ? firstFailure(check, new AtomicInteger(), null) : inParallel(check, workers);
    if (first != null) {
      throw report(check, caseSeed(first.index), size(first.index), first.index, first.failure);
    }
  }

  /** A failing case: its index and what it threw. */
  private record Failure(int index, Throwable failure) {}

  private long caseSeed(int index) {
    return io.potentia.scoring.spi.Seeds.derive(seed, index);
  }

  private int size(int index) {
    return cases == 1 ? maxSize : (int) ((long) index * maxSize / (cases - 1));
  }

  /**
   * Runs the cases whose indices {@code next} hands out, in increasing order, until they run out or
   * one fails; {@code lowest}, when shared by several workers, holds the lowest failing index found
   * so far, beyond which no case need run.
   */
  private Failure firstFailure(Consumer<? super T> check, AtomicInteger next, AtomicInteger lowest) {
    for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
      if (lowest != null && i > lowest.get()) {
        return null;
      }
      Throwable failure = attempt(check, caseSeed(i), size(i));
      if (failure != null) {
        if (lowest != null) {
          lowest.accumulateAndGet(i, Math::min);
        }
        return new Failure(i, failure);
      }
    }
    return null;
  }

  private Failure inParallel(Consumer<? super T> check, int workers) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger lowest = new AtomicInteger(Integer.MAX_VALUE);
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "property-case");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Failure>> results = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        results.add(pool.submit(() -> firstFailure(check, next, lowest)));
      }
      Failure first = null;
      for (Future<Failure> result : results) {
        Failure f = result.get();
        if (f != null && (first == null || f.index < first.index)) {
          first = f;
        }
      }
      return first;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the property's cases ran", e);
    } catch (ExecutionException e) {
      // attempt() lets only a VirtualMachineError through: out of memory, say
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private AssertionFailedError report(Consumer<? super T> check, long caseSeed, int size, int index, Throwable failure) {
    int smallest = size;
    Throwable smallestFailure = failure;
    for (int s = 0; s < size; s++) {
      Throwable f = attempt(check, caseSeed, s);
      if (f != null) {
        smallest = s;
        smallestFailure = f;
        break;
      }
    }
    String shown;
    try {
      shown = describe.apply(gen.generate(new SplittableRandom(caseSeed), smallest));
    } catch (RuntimeException e) {
      shown = "<cannot render: " + e + ">";
    }
    String message = "property failed" + (index >= 0 ? " at case " + index + " of " + cases : "") + " (seed " + caseSeed
        + ", size " + size + "); smallest failing size " + smallest + ": " + smallestFailure + "\n  case: " + shown
        + "\n  replay with -Dpotentia.replay=" + caseSeed + ":" + smallest;
    AssertionFailedError error = new AssertionFailedError(message, smallestFailure);
    return error;
  }

  private Throwable attempt(Consumer<? super T> check, long caseSeed, int size) {
    try {
      check.accept(gen.generate(new SplittableRandom(caseSeed), size));
      return null;
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError) {
        throw (VirtualMachineError) t;
      }
      return t;
    }
  }
}
