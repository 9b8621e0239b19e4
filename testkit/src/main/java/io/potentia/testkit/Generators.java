package io.potentia.testkit;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.ValidRange;
import io.potentia.core.profile.AreaProfile;
import io.potentia.scoring.sort.SortingProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of Potentia's domain: indicator columns and matrices with the awkward cases
 * (missing values, constant columns, extreme magnitudes), weight vectors, indicators, catalogues,
 * area hierarchies, frameworks, datasets and area profiles. Every generated model is valid by
 * construction, so a failure points at the code under test, not the generator.
 */
public final class Generators {
  // Here the numbers that the methods take; the models are made in IndicatorGenerators,
  // AreaGenerators, FrameworkGenerators and DataGenerators.
  private static final double[] EXTREMES = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1e-12, 1e12, 1e300};

  private Generators() {}

  /**
   * A finite double of any magnitude: mostly ordinary values, sometimes zero, subnormal or huge.
   *
   * @return the generator
   */
  public static Gen<Double> anyFinite() {
    return (random, size) -> {
      double r = random.nextDouble();
      if (r < 0.1) {
        double e = EXTREMES[random.nextInt(EXTREMES.length)];
        return random.nextBoolean() ? e : -e;
      }
      if (r < 0.2) {
        return (double) random.nextInt(-5, 6);
      }
      return random.nextGaussian() * Math.pow(10, random.nextInt(-6, 7));
    };
  }

  /**
   * A column of one indicator over {@code 1..size+1} areas: finite values, with (unless {@code
   * withMissing} is false) some NaN markers for missing values; sometimes constant, sometimes of
   * extreme magnitude.
   *
   * @param withMissing whether NaN missing markers may appear
   * @return the generator
   */
  public static Gen<double[]> column(boolean withMissing) {
    return (random, size) -> {
      int n = 1 + random.nextInt(size + 1);
      double[] out = new double[n];
      double shape = random.nextDouble();
      double scale = Math.pow(10, random.nextInt(-3, 10));
      double constant = random.nextGaussian() * scale;
      for (int i = 0; i < n; i++) {
        out[i] = shape < 0.1 ? constant : shape < 0.2 ? anyFinite().generate(random, size) : random.nextGaussian() * scale;
        if (withMissing && random.nextDouble() < 0.1) {
          out[i] = Double.NaN;
        }
      }
      return out;
    };
  }

  /**
   * A decision matrix of {@code 2..size+2} rows (alternatives) and {@code 1..size/2+1} columns
   * (criteria), all finite and strictly positive, as most ranking methods need.
   *
   * @return the generator, rows first
   */
  public static Gen<double[][]> positiveMatrix() {
    return (random, size) -> {
      int m = 2 + random.nextInt(size + 1);
      int n = 1 + random.nextInt(size / 2 + 1);
      double[][] x = new double[m][n];
      for (int j = 0; j < n; j++) {
        double scale = Math.pow(10, random.nextInt(-2, 6));
        for (int i = 0; i < m; i++) {
          x[i][j] = scale * (0.01 + random.nextDouble());
        }
      }
      return x;
    };
  }

  /**
   * A weight vector of {@code 1..size+1} non-negative weights, not all zero, summing to 1.
   *
   * @return the generator
   */
  public static Gen<double[]> weights() {
    return (random, size) -> {
      int n = 1 + random.nextInt(size + 1);
      double[] w = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        w[i] = random.nextDouble() < 0.1 ? 0 : random.nextDouble();
        sum += w[i];
      }
      if (sum == 0) {
        w[random.nextInt(n)] = 1;
        sum = 1;
      }
      for (int i = 0; i < n; i++) {
        w[i] /= sum;
      }
      return w;
    };
  }

  /**
   * A decision problem: a positive matrix ({@link #positiveMatrix()}), random directions and
   * weights, and bounds on every criterion (from 0 to twice its largest value) for methods such as
   * SPOTIS.
   *
   * @return the generator
   */
  public static Gen<io.potentia.scoring.rank.DecisionProblem> decisionProblem() {
    return (random, size) -> {
      double[][] rows = positiveMatrix().generate(random, size);
      int n = rows[0].length;
      List<io.potentia.scoring.rank.Criterion> criteria = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        double max = 0;
        for (double[] row : rows) {
          max = Math.max(max, row[j]);
        }
        criteria.add(io.potentia.scoring.rank.Criterion.builder().id("c" + j)
            .direction(random.nextBoolean() ? Direction.BENEFIT : Direction.COST)
            .weight(0.05 + random.nextDouble()).bounds(List.of(0.0, 2 * max)).build());
      }
      List<String> alternatives = new ArrayList<>();
      for (int i = 0; i < rows.length; i++) {
        alternatives.add("a" + i);
      }
      return io.potentia.scoring.rank.DecisionProblem.of(alternatives, criteria, rows);
    };
  }

  /** What a generated sorting problem gives beyond its profiles, for the method under test. */
  public enum SortingModel {
    /** Profiles only, every weight 1: what the conjunctive rule takes. */
    PROFILES,
    /** Profiles, random weights and a cut level {@code lambda}: what MR-Sort takes. */
    MAJORITY,
    /** Profiles, weights, {@code lambda} and random {@code q}, {@code p}, {@code v}: what ELECTRE TRI-B takes. */
    OUTRANKING
  }

  /**
   * A sorting problem of {@code 1..size+1} alternatives, {@code 1..size/2+1} criteria of random
   * direction and scale, and 2 to 5 classes whose profiles run strictly from worst to best. Values
   * spread below the lowest profile and above the highest; some equal a profile exactly. {@code
   * lambda}, when given, is 0.5, 1 or between.
   *
   * @param model what the problem gives beyond the profiles
   * @return the generator
   */
  public static Gen<SortingProblem> sortingProblem(SortingModel model) {
    return (random, size) -> SortingGenerators.problem(random, size, model);
  }

  /**
   * A valid indicator with a random scale, direction, range, roll-up rule and levels.
   *
   * @return the generator
   */
  public static Gen<Indicator> indicator() {
    return IndicatorGenerators.indicator();
  }

  /**
   * A catalogue of {@code 1..size+1} generated indicators with distinct ids.
   *
   * @return the generator
   */
  public static Gen<IndicatorCatalogue> catalogue() {
    return IndicatorGenerators.catalogue();
  }

  /**
   * A valid hierarchy: a nation, military regions, provinces, and below some provinces districts
   * and communes (sometimes communes directly, as where districts were abolished), with random
   * tags, populations and land areas. About {@code size} areas.
   *
   * @return the generator
   */
  public static Gen<AreaHierarchy> areaHierarchy() {
    return AreaGenerators.areaHierarchy();
  }

  /**
   * A valid framework over the given indicators: a root, {@code 1..} pillars, optional
   * sub-pillars, every indicator a leaf, random non-negative weights (never all zero among
   * siblings), random per-node strategy names, and a scenario or two.
   *
   * @param indicatorIds the indicators the leaves score; at least one
   * @return the generator
   */
  public static Gen<Framework> framework(List<String> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      throw new IllegalArgumentException("a framework needs at least one indicator");
    }
    return FrameworkGenerators.framework(indicatorIds);
  }

  /**
   * A dataset of {@code 1..size+1} areas, {@code 1..size/2+1} indicators and 1 to 4 years, with
   * values of any magnitude, missing cells, provenance and labels.
   *
   * @return the generator
   */
  public static Gen<Dataset> dataset() {
    return DataGenerators.dataset();
  }

  /**
   * An area profile with random values, each inside its built-in indicator's valid range, and
   * sometimes values of a user's own indicators.
   *
   * @return the generator
   */
  public static Gen<AreaProfile> areaProfile() {
    return DataGenerators.areaProfile();
  }

  /**
   * A finite value inside a range: uniform where bounded, otherwise spread over magnitudes.
   *
   * @param random the random source
   * @param range the range
   * @return the value
   */
  public static double inRange(RandomGenerator random, ValidRange range) {
    double lo = range.min().orElse(-1e6);
    double hi = range.max().orElse(Math.max(lo, 0) + Math.pow(10, random.nextInt(0, 9)));
    return lo + random.nextDouble() * (hi - lo);
  }
}
