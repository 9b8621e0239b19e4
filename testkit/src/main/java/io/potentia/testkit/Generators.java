package io.potentia.testkit;

import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.area.AreaTag;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.framework.Scenario;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.RollUp;
import io.potentia.core.indicator.Scale;
import io.potentia.core.indicator.ValidRange;
import io.potentia.core.profile.AreaProfile;
import io.potentia.core.potential.Dimension;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of Potentia's domain: indicator columns and matrices with the awkward cases
 * (missing values, constant columns, extreme magnitudes), weight vectors, indicators, catalogues,
 * area hierarchies, frameworks, datasets and area profiles. Every generated model is valid by
 * construction, so a failure points at the code under test, not the generator.
 */
public final class Generators {
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

  /**
   * A valid indicator with a random scale, direction, range, roll-up rule and levels.
   *
   * @return the generator
   */
  public static Gen<Indicator> indicator() {
    return (random, size) -> {
      Scale scale = pick(random, Scale.values());
      Indicator.Builder b = Indicator.builder()
          .id("gen." + word(random) + random.nextInt(1_000_000))
          .name("Indicator " + word(random))
          .unit(pick(random, new String[] {"%", "count", "VND billion", "per 1,000 people", "rating"}))
          .direction(pick(random, Direction.values()))
          .scale(scale)
          .dimension(pick(random, Dimension.all().toArray(new Dimension[0])))
          .description("Generated: " + word(random) + " \"quoted\" \u0111\u1ed9 " + word(random));
      if (random.nextBoolean()) {
        b.nameVi("Ch\u1ec9 s\u1ed1 " + word(random));
      }
      if (scale == Scale.COUNT) {
        b.validRange(ValidRange.atLeast(0));
      } else if (random.nextBoolean()) {
        double lo = Math.floor(random.nextGaussian() * 10);
        b.validRange(ValidRange.of(lo, lo + 1 + random.nextInt(1000)));
      }
      List<RollUp> rollUps = new ArrayList<>(List.of(RollUp.values()));
      if (scale != Scale.COUNT && scale != Scale.RATIO) {
        rollUps.remove(RollUp.SUM);
      }
      b.rollUp(rollUps.get(random.nextInt(rollUps.size())));
      EnumSet<AreaLevel> levels = EnumSet.noneOf(AreaLevel.class);
      for (AreaLevel level : AreaLevel.values()) {
        if (random.nextBoolean()) {
          levels.add(level);
        }
      }
      if (levels.isEmpty()) {
        levels.add(AreaLevel.NATION);
      }
      b.levels(levels);
      if (random.nextBoolean()) {
        b.source("Source " + word(random));
      }
      return b.build();
    };
  }

  /**
   * A catalogue of {@code 1..size+1} generated indicators with distinct ids.
   *
   * @return the generator
   */
  public static Gen<IndicatorCatalogue> catalogue() {
    return (random, size) -> {
      Map<String, Indicator> byId = new LinkedHashMap<>();
      int n = 1 + random.nextInt(size + 1);
      while (byId.size() < n) {
        Indicator i = indicator().generate(random, size);
        byId.putIfAbsent(i.id(), i);
      }
      return IndicatorCatalogue.builder().id("gen.catalogue").version("1").addAllIndicators(byId.values()).build();
    };
  }

  /**
   * A valid hierarchy: a nation, military regions, provinces, and below some provinces districts
   * and communes (sometimes communes directly, as where districts were abolished), with random
   * tags, populations and land areas. About {@code size} areas.
   *
   * @return the generator
   */
  public static Gen<AreaHierarchy> areaHierarchy() {
    return (random, size) -> {
      List<Area> areas = new ArrayList<>();
      areas.add(area(random, "N", AreaLevel.NATION, null));
      int regions = 1 + random.nextInt(Math.max(1, size / 8) + 1);
      int id = 0;
      for (int r = 0; r < regions && areas.size() <= size + 1; r++) {
        String region = "MR" + r;
        areas.add(area(random, region, AreaLevel.MILITARY_REGION, "N"));
        int provinces = 1 + random.nextInt(4);
        for (int p = 0; p < provinces && areas.size() <= size + 1; p++) {
          String province = "P" + (id++);
          areas.add(area(random, province, AreaLevel.PROVINCE, region));
          boolean districts = random.nextBoolean();
          int below = random.nextInt(3);
          for (int c = 0; c < below && areas.size() <= size + 1; c++) {
            if (districts) {
              String district = province + "-D" + c;
              areas.add(area(random, district, AreaLevel.DISTRICT, province));
              areas.add(area(random, district + "-C0", AreaLevel.COMMUNE, district));
            } else {
              areas.add(area(random, province + "-C" + c, AreaLevel.COMMUNE, province));
            }
          }
        }
      }
      return AreaHierarchy.builder().label("generated").areas(areas).build();
    };
  }

  private static Area area(RandomGenerator random, String id, AreaLevel level, String parent) {
    Area.Builder b = Area.builder().id(id).name("Area " + id).level(level);
    if (parent != null) {
      b.parent(parent);
    }
    if (random.nextBoolean()) {
      b.population(random.nextLong(0, 20_000_000));
    }
    if (random.nextBoolean()) {
      b.landAreaKm2(1 + random.nextDouble() * 20_000);
    }
    if (random.nextDouble() < 0.3) {
      b.addTags(pick(random, AreaTag.values()));
    }
    if (random.nextDouble() < 0.2) {
      b.strategicDirection(pick(random, new String[] {"north", "north-west", "central", "south-west", "sea"}));
    }
    return b.build();
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
    return (random, size) -> {
      List<FrameworkNode> nodes = new ArrayList<>();
      nodes.add(FrameworkNode.builder().id("index").name("Index").build());
      int pillars = 1 + random.nextInt(Math.min(indicatorIds.size(), 1 + size / 3));
      List<String> groups = new ArrayList<>();
      for (int p = 0; p < pillars; p++) {
        String pillar = "pillar" + p;
        nodes.add(inner(random, pillar, "index"));
        groups.add(pillar);
        if (random.nextBoolean()) {
          nodes.add(inner(random, pillar + ".sub", pillar));
          groups.set(p, pillar + ".sub");
        }
      }
      Map<String, List<String>> leavesOf = new LinkedHashMap<>();
      for (int i = 0; i < indicatorIds.size(); i++) {
        String group = i < groups.size() ? groups.get(i) : groups.get(random.nextInt(groups.size()));
        leavesOf.computeIfAbsent(group, k -> new ArrayList<>()).add(indicatorIds.get(i));
      }
      for (String group : groups) {
        List<String> leaves = leavesOf.getOrDefault(group, List.of());
        for (int k = 0; k < leaves.size(); k++) {
          // the first leaf of a group always weighs > 0, so that no group sums to zero
          nodes.add(FrameworkNode.builder().id("leaf." + leaves.get(k).replace('.', '_')).name(leaves.get(k))
              .parent(group).indicator(leaves.get(k)).weight(k == 0 ? 0.5 + random.nextDouble() : weight(random)).build());
        }
      }
      List<Scenario> scenarios = new ArrayList<>();
      int count = random.nextInt(3);
      for (int s = 0; s < count; s++) {
        Scenario.Builder b = Scenario.builder().id("scenario" + s).name("Scenario " + s).description("generated");
        b.putWeight("pillar0", 0.5 + random.nextDouble() * 2);
        scenarios.add(b.build());
      }
      return Framework.builder().id("gen.framework").name("Generated").nodes(nodes).scenarios(scenarios).build();
    };
  }

  private static FrameworkNode inner(RandomGenerator random, String id, String parent) {
    FrameworkNode.Builder b = FrameworkNode.builder().id(id).name(id).parent(parent)
        .weight(0.1 + random.nextDouble());
    if (random.nextDouble() < 0.3) {
      b.aggregation(pick(random, new String[] {"arithmetic-mean", "geometric-mean", "minimum"}));
    }
    if (random.nextDouble() < 0.2) {
      b.weighting(pick(random, new String[] {"equal", "entropy", "critic"}));
    }
    return b.build();
  }

  private static double weight(RandomGenerator random) {
    return random.nextDouble() < 0.1 ? 0 : random.nextDouble() * 3;
  }

  /**
   * A dataset of {@code 1..size+1} areas, {@code 1..size/2+1} indicators and 1 to 4 years, with
   * values of any magnitude, missing cells, provenance and labels.
   *
   * @return the generator
   */
  public static Gen<Dataset> dataset() {
    return (random, size) -> {
      int areas = 1 + random.nextInt(size + 1);
      int indicators = 1 + random.nextInt(size / 2 + 1);
      int years = 1 + random.nextInt(4);
      Dataset.Builder b = Dataset.builder().label("generated, seeded");
      for (int y = 0; y < years; y++) {
        for (int i = 0; i < indicators; i++) {
          for (int a = 0; a < areas; a++) {
            double r = random.nextDouble();
            if (r < 0.1) {
              b.putMissing("A" + a, "gen.i" + i, 2000 + y);
            } else if (r < 0.2) {
              b.add(Observation.builder().area("A" + a).indicator("gen.i" + i)
                  .year(2000 + y).value(anyFinite().generate(random, size)).source("src " + random.nextInt(3))
                  .build());
            } else {
              b.put("A" + a, "gen.i" + i, 2000 + y, anyFinite().generate(random, size));
            }
          }
        }
      }
      return b.build();
    };
  }

  /**
   * An area profile with random values, each inside its built-in indicator's valid range, and
   * sometimes values of a user's own indicators.
   *
   * @return the generator
   */
  public static Gen<AreaProfile> areaProfile() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    return (random, size) -> {
      Map<String, Double> values = new LinkedHashMap<>();
      for (Indicator indicator : catalogue.indicators()) {
        if (random.nextDouble() < 0.5) {
          values.put(indicator.id(), inRange(random, indicator.validRange()));
        }
      }
      if (random.nextBoolean()) {
        values.put("own.indicator" + random.nextInt(10), random.nextGaussian());
      }
      return AreaProfile.fromValues("A" + random.nextInt(100), 2000 + random.nextInt(30), values);
    };
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

  private static <E> E pick(RandomGenerator random, E[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String word(RandomGenerator random) {
    char[] c = new char[3 + random.nextInt(6)];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) ('a' + random.nextInt(26));
    }
    return new String(c);
  }
}
