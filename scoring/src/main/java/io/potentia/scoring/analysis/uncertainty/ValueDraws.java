package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.ValidRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/** Observed values drawn from their distributions ({@link UncertaintyPlan#values()}), truncated to the valid range. */
final class ValueDraws {
  private static final int MAX_REDRAWS = 100;

  private ValueDraws() {}

  /** The dataset with each observed value of the plan's indicators drawn from its distribution. */
  static Dataset perturb(Dataset data, int year, IndicatorCatalogue catalogue, UncertaintyPlan plan, SplittableRandom random) {
    return perturb(data, year, catalogue, plan.values(), random);
  }

  /** The dataset with each observed value of the given indicators drawn from its distribution, in the map's order. */
  static Dataset perturb(Dataset data, int year, IndicatorCatalogue catalogue, Map<String, UncertaintyPlan.ValueSpread> values,
      SplittableRandom random) {
    List<Observation> changes = new ArrayList<>();
    draws(data, year, catalogue, values, random, changes);
    return data.withValues(changes);
  }

  /** Adds to {@code changes} each observed value of the given indicators drawn from its distribution, in the map's order. */
  static void draws(Dataset data, int year, IndicatorCatalogue catalogue, Map<String, UncertaintyPlan.ValueSpread> values,
      SplittableRandom random, List<Observation> changes) {
    for (Map.Entry<String, UncertaintyPlan.ValueSpread> e : values.entrySet()) {
      String indicator = e.getKey();
      ValidRange range = catalogue.get(indicator).validRange();
      for (String area : data.areas()) {
        OptionalDouble v = data.value(area, indicator, year);
        if (v.isPresent()) {
          changes.add(Observation.of(area, indicator, year, draw(v.getAsDouble(), e.getValue(), range, random, area, indicator, year)));
        }
      }
    }
  }

  /** One value drawn from its spread around {@code v}, redrawn until inside the valid range. */
  static double draw(double v, UncertaintyPlan.ValueSpread spread, ValidRange range, SplittableRandom random,
      String area, String indicator, int year) {
    double h = spread.relative() ? spread.spread() * Math.abs(v) : spread.spread();
    for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
      double x = spread.distribution() == UncertaintyPlan.ValueSpread.Distribution.UNIFORM
          ? v + h * (2 * random.nextDouble() - 1)
          : v + h * nextGaussian(random);
      if (range.contains(x) && Double.isFinite(x)) {
        return x;
      }
    }
    throw InvalidInputException.at("values." + indicator, "the " + spread.distribution().name().toLowerCase(java.util.Locale.ROOT)
        + " distribution of indicator '" + indicator + "' around " + v + " (area '" + area + "', " + year + ", spread " + h
        + ") fell outside its valid range " + range.describe() + " in " + MAX_REDRAWS + " draws; narrow the spread");
  }

  /** A standard normal draw by the Box-Muller transform, so that the stream is the same on every Java version. */
  static double nextGaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble(); // in (0, 1]: the logarithm is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
