package io.potentia.scoring.rank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A PROMETHEE preference function (Brans and Vincke 1985, "A preference ranking organisation
 * method", Management Science 31(6)): how strongly a difference {@code d} in one criterion makes
 * one alternative preferred to another, from 0 to 1.
 *
 * <ul>
 *   <li>{@code usual}: 1 if {@code d > 0};
 *   <li>{@code u-shape}: 1 if {@code d > q};
 *   <li>{@code v-shape}: {@code d / p} up to {@code p}, then 1;
 *   <li>{@code level}: 0 up to {@code q}, 1/2 up to {@code p}, then 1;
 *   <li>{@code linear}: 0 up to {@code q}, {@code (d - q)/(p - q)} up to {@code p}, then 1;
 *   <li>{@code gaussian}: {@code 1 - exp(-d^2 / (2 s^2))} for {@code d > 0}.
 * </ul>
 *
 * <p>Rejects a missing or negative threshold the function needs, and {@code q >= p} where both
 * are needed.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutablePreferenceFunction.class)
@JsonDeserialize(as = ImmutablePreferenceFunction.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"function", "q", "p", "s"})
public abstract class PreferenceFunction {
  // only the generated implementation extends this type
  PreferenceFunction() {}


  /**
   * The usual criterion.
   *
   * @return the function
   */
  public static PreferenceFunction usual() {
    return ImmutablePreferenceFunction.builder().function("usual").build();
  }

  /**
   * A function with thresholds.
   *
   * @param function the function name
   * @param q the indifference threshold, or NaN when unused
   * @param p the preference threshold, or NaN when unused
   * @param s the Gaussian parameter, or NaN when unused
   * @return the function
   */
  public static PreferenceFunction of(String function, double q, double p, double s) {
    ImmutablePreferenceFunction.Builder b = ImmutablePreferenceFunction.builder().function(function);
    if (!Double.isNaN(q)) {
      b.q(q);
    }
    if (!Double.isNaN(p)) {
      b.p(p);
    }
    if (!Double.isNaN(s)) {
      b.s(s);
    }
    return b.build();
  }

  /**
   * The function: usual, u-shape, v-shape, level, linear or gaussian.
   *
   * @return the name
   */
  public abstract String function();

  /**
   * The indifference threshold.
   *
   * @return q
   */
  public abstract Optional<Double> q();

  /**
   * The preference threshold.
   *
   * @return p
   */
  public abstract Optional<Double> p();

  /**
   * The Gaussian parameter.
   *
   * @return s
   */
  public abstract Optional<Double> s();

  /**
   * The preference for a difference.
   *
   * @param d the difference in favour of the first alternative (already turned for a cost criterion)
   * @return the preference, in {@code [0, 1]}
   */
  public double preference(double d) {
    if (!(d > 0)) {
      return 0;
    }
    return switch (function()) {
      case "usual" -> 1;
      case "u-shape" -> d > q().orElseThrow() ? 1 : 0;
      case "v-shape" -> d >= p().orElseThrow() ? 1 : d / p().orElseThrow();
      case "level" -> d > p().orElseThrow() ? 1 : d > q().orElseThrow() ? 0.5 : 0;
      case "linear" -> d > p().orElseThrow() ? 1 : d > q().orElseThrow() ? (d - q().orElseThrow()) / (p().orElseThrow()
          - q().orElseThrow()) : 0;
      case "gaussian" -> 1 - Math.exp(-d * d / (2 * s().orElseThrow() * s().orElseThrow()));
      default -> throw new IllegalStateException("unreachable: validated on construction");
    };
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    String f = function();
    boolean needsQ = f.equals("u-shape") || f.equals("level") || f.equals("linear");
    boolean needsP = f.equals("v-shape") || f.equals("level") || f.equals("linear");
    boolean needsS = f.equals("gaussian");
    if (!java.util.List.of("usual", "u-shape", "v-shape", "level", "linear", "gaussian").contains(f)) {
      problems.require(false, "function", "preference function '" + f
          + "' is unknown; known: usual, u-shape, v-shape, level, linear, gaussian");
    }
    check(problems, "q", q(), needsQ, f);
    check(problems, "p", p(), needsP, f);
    check(problems, "s", s(), needsS, f);
    if (needsQ && needsP && q().isPresent() && p().isPresent()) {
      problems.require(q().get() < p().get(), "q", "preference function '" + f + "': q " + q().get()
          + " must be below p " + p().get());
    }
    if (needsS && s().isPresent()) {
      problems.require(s().get() > 0, "s", "preference function 'gaussian': s " + s().get() + " must be > 0");
    }
    problems.throwIfAny();
  }

  private static void check(Problems problems, String name, Optional<Double> v, boolean needed, String f) {
    if (needed) {
      problems.require(v.isPresent(), name, "preference function '" + f + "' needs " + name);
    }
    v.ifPresent(x -> problems.require(Double.isFinite(x) && x >= 0, name, "preference function '" + f + "': " + name
        + " is " + x + "; it must be finite and >= 0"));
  }
}
