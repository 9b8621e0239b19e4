package io.potentia.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
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
 * @param <T> the generated type
 */
public final class PropertyRunner<T> {
  /** The base seed when none is given: fixed, so that a build is repeatable. */
  public static final long DEFAULT_SEED = 0x5EED_2026L;

  private final Gen<T> gen;
  private long seed = Long.getLong("potentia.seed", DEFAULT_SEED);
  private int cases = Integer.getInteger("potentia.cases", 200);
  private int maxSize = 30;
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
   * the rest.
   *
   * @return this runner
   * @throws IllegalArgumentException if the property is set below 1
   */
  public PropertyRunner<T> numericEdgeCases() {
    Integer n = Integer.getInteger("potentia.numericCases");
    if (n != null) {
      if (n < 1) {
        throw new IllegalArgumentException("potentia.numericCases must be >= 1, got " + n);
      }
      this.cases = n;
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
    for (int i = 0; i < cases; i++) {
      long caseSeed = io.potentia.scoring.spi.Seeds.derive(seed, i);
      int size = cases == 1 ? maxSize : (int) ((long) i * maxSize / (cases - 1));
      Throwable failure = attempt(check, caseSeed, size);
      if (failure != null) {
        throw report(check, caseSeed, size, i, failure);
      }
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
