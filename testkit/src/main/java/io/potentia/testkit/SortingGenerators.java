package io.potentia.testkit;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.sort.SortingCriterion;
import io.potentia.scoring.sort.SortingProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Sorting problems for {@link Generators#sortingProblem(Generators.SortingModel)}. */
final class SortingGenerators {
  private SortingGenerators() {}

  static SortingProblem problem(RandomGenerator random, int size, Generators.SortingModel model) {
    int m = 1 + random.nextInt(size + 1);
    int n = 1 + random.nextInt(size / 2 + 1);
    int classes = 2 + random.nextInt(4);
    double[][] profiles = new double[classes - 1][n];
    double[][] rows = new double[m][n];
    List<SortingCriterion> criteria = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double sign = random.nextBoolean() ? 1 : -1;
      double scale = Math.pow(10, random.nextInt(-2, 5));
      // oriented (more is better) profile values, rising from one boundary to the next
      double[] b = new double[classes - 1];
      b[0] = scale * (2 * random.nextDouble() - 1);
      for (int h = 1; h < b.length; h++) {
        // the first criterion always rises, so that no two profiles are equal; the others sometimes stay
        boolean stays = j > 0 && random.nextDouble() < 0.2;
        b[h] = b[h - 1] + (stays ? 0 : scale * (0.05 + 0.4 * random.nextDouble()));
      }
      for (int h = 0; h < b.length; h++) {
        profiles[h][j] = sign * b[h];
      }
      double low = b[0] - 0.5 * scale;
      double span = b[b.length - 1] - b[0] + scale;
      for (int i = 0; i < m; i++) {
        double x = random.nextDouble() < 0.15 ? b[random.nextInt(b.length)] : low + span * random.nextDouble();
        rows[i][j] = sign * x;
      }
      criteria.add(criterion(random, "c" + j, sign > 0 ? Direction.BENEFIT : Direction.COST, scale, model));
    }
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      alternatives.add("a" + i);
    }
    List<String> categories = new ArrayList<>();
    for (int k = 0; k < classes; k++) {
      categories.add("class" + k);
    }
    SortingProblem.Builder p = SortingProblem.builder().alternatives(alternatives).criteria(criteria).rows(rows)
        .categories(categories).profileRows(profiles);
    if (model != Generators.SortingModel.PROFILES) {
      double r = random.nextDouble();
      p.lambda(r < 0.1 ? 0.5 : r < 0.2 ? 1.0 : 0.5 + 0.5 * random.nextDouble());
    }
    return p.build();
  }

  private static SortingCriterion criterion(RandomGenerator random, String id, Direction direction, double scale,
      Generators.SortingModel model) {
    SortingCriterion.Builder c = SortingCriterion.builder().id(id).direction(direction);
    if (model == Generators.SortingModel.PROFILES) {
      return c.build();
    }
    // a weight of 0 now and then, never on the first criterion, so that the weights never sum to 0
    double zero = random.nextDouble();
    c.weight(zero < 0.1 && !id.equals("c0") ? 0 : 0.05 + random.nextDouble());
    if (model == Generators.SortingModel.OUTRANKING) {
      double q = random.nextDouble() < 0.3 ? 0 : scale * 0.1 * random.nextDouble();
      double p = q + (random.nextDouble() < 0.2 ? 0 : scale * 0.2 * random.nextDouble());
      if (q > 0) {
        c.q(q);
      }
      if (p > 0) {
        c.p(p);
      }
      if (random.nextBoolean()) {
        c.v(p + scale * 0.5 * random.nextDouble());
      }
    }
    return c.build();
  }
}
