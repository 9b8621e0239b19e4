package io.potentia.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A seeded generator of test values of a requested size. The same random state and size always
 * give the same value, which is what makes a failing case replayable from its seed.
 *
 * <p>Size is a hint of how big the value is (number of areas, indicators, nodes); 0 is the
 * smallest meaningful value. The property runner shrinks a failure by trying smaller sizes.
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Generates one value.
   *
   * @param random the random source, seeded by the runner
   * @param size the size hint, {@code >= 0}
   * @return the value
   */
  T generate(RandomGenerator random, int size);

  /**
   * A generator of the mapped values.
   *
   * @param f the mapping
   * @param <R> the result type
   * @return the mapped generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return (random, size) -> f.apply(generate(random, size));
  }

  /**
   * A generator of lists of {@code 0..size} values.
   *
   * @return the list generator
   */
  default Gen<List<T>> list() {
    return (random, size) -> {
      int n = size == 0 ? 0 : random.nextInt(size + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(generate(random, size));
      }
      return out;
    };
  }
}
