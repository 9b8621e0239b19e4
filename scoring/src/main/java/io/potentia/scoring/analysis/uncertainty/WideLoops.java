package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.InvalidInputException;
import io.potentia.core.internal.SwitchProperty;

/**
 * Whether {@link FlatIndexKernel} scores four replications a pass over a tile of areas instead of
 * one: the system property {@value #PROPERTY}, {@code true} or {@code false} (the default).
 *
 * <p>The four-replication loop loads each column value once for four sums, but HotSpot's C2
 * compiler turns it into vector instructions only when it may unroll a loop body of its size: with
 * {@code -XX:LoopUnrollLimit=100} or more. At the default limit (60) it stays scalar and runs at
 * about half the speed of the one-replication loop; with the limit raised it runs at about twice
 * the one-replication loop's speed (measured with 512-bit vectors on JDK 17; JDK 25 leaves it
 * scalar at the default limit too; docs/13-performance.md). Narrower vectors need less unrolling,
 * so the raised limit should serve them as well, but that was not measured. The property says that
 * the JVM was started so, which the library cannot see cheaply (reading the flag through the
 * management interface cost a cold command about 0.06 s); {@code bin/potentia} sets both for
 * {@code uncertainty} on large runs. Under the quick compiler alone ({@code
 * -XX:TieredStopAtLevel=1}), which vectorises neither loop, the four-replication loop is the faster
 * one too (fewer loads), and {@code bin/potentia} sets the property for the small runs it starts
 * so. Either loop gives the same scores, bit for bit. It is read when a fast-path run starts; the
 * other paths have no use for it.
 */
final class WideLoops {
  /** The system property: {@code -Dpotentia.wideLoops=true} beside {@code -XX:LoopUnrollLimit=100} (or {@code -XX:TieredStopAtLevel=1}). */
  static final String PROPERTY = "potentia.wideLoops";

  private WideLoops() {}

  /**
   * Whether the property asks for the four-replication loop.
   *
   * @return the property's value, false when it is not set
   * @throws InvalidInputException if it is set to anything but {@code true} or {@code false}
   *     (in any case), naming the property and the value ({@code system property:
   *     potentia.wideLoops: 'yes' is neither true nor false; ...})
   */
  static boolean enabled() {
    return parse(System.getProperty(PROPERTY));
  }

  /** {@link #enabled()} of a property value, null when not set. */
  static boolean parse(String value) {
    return SwitchProperty.parse(PROPERTY, value, "set -D" + PROPERTY + "=true beside -XX:LoopUnrollLimit=100 (or"
        + " -XX:TieredStopAtLevel=1), where the four-replication loop is the faster");
  }
}
