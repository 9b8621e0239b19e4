package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.NormalisationScope;
import io.potentia.scoring.spec.StrategySpec;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Normalisation over the panel makes scores of different years comparable, on seeded random
 * panels: a year whose values lie within the panel's range changes no earlier year's score, and
 * scoring one year agrees with scoring every year.
 */
class PanelScopeProperties {
  private static final String[] INDICATORS = {"economic.gdp_per_capita", "economic.public_debt"};

  /**
   * A panel: {@code values[year][indicator][area]} over 2 to 4 years and 3 or more areas, and one
   * more year whose every value lies within its indicator's range over the panel.
   */
  record Case(double[][][] values, double[][] within) {
    Dataset dataset(boolean withExtraYear) {
      Dataset.Builder b = Dataset.builder();
      int years = values.length + (withExtraYear ? 1 : 0);
      for (int y = 0; y < years; y++) {
        double[][] year = y < values.length ? values[y] : within;
        for (int i = 0; i < INDICATORS.length; i++) {
          for (int a = 0; a < year[i].length; a++) {
            b.put(String.format(Locale.ROOT, "P%02d", a), INDICATORS[i], 2001 + y, year[i][a]);
          }
        }
      }
      return b.build();
    }

    @Override
    public String toString() {
      return java.util.Arrays.deepToString(values) + " + " + java.util.Arrays.deepToString(within);
    }
  }

  private static final Gen<Case> CASES = (random, size) -> {
    int years = 2 + random.nextInt(3);
    int areas = 3 + random.nextInt(size / 3 + 1);
    double[][][] v = new double[years][INDICATORS.length][areas];
    double[][] within = new double[INDICATORS.length][areas];
    for (int i = 0; i < INDICATORS.length; i++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int y = 0; y < years; y++) {
        for (int a = 0; a < areas; a++) {
          v[y][i][a] = Math.floor(random.nextDouble(0, 1000) * 100) / 100;
          min = Math.min(min, v[y][i][a]);
          max = Math.max(max, v[y][i][a]);
        }
      }
      for (int a = 0; a < areas; a++) {
        within[i][a] = random.nextDouble(min, Math.nextUp(max));
      }
    }
    return new Case(v, within);
  };

  private static ScoringPipeline pipeline() {
    Framework framework = Framework.builder().id("two").name("Two").nodes(List.of(
        FrameworkNode.builder().id("index").name("Index").build(),
        FrameworkNode.builder().id("gdp").name("GDP").parent("index").indicator(INDICATORS[0]).build(),
        FrameworkNode.builder().id("debt").name("Debt").parent("index").indicator(INDICATORS[1]).build())).build();
    return ScoringPipeline.builder().framework(framework)
        .spec(StrategySpec.builder().normalisationScope(NormalisationScope.PANEL).build()).build();
  }

  @Test
  void aYearWithinThePanelsRangeChangesNoEarlierYearsScore() {
    ScoringPipeline pipeline = pipeline();
    PropertyRunner.forAll(CASES).cases(150).check(c -> {
      List<ScoreReport> before = pipeline.scoreAllYears(c.dataset(false));
      List<ScoreReport> after = pipeline.scoreAllYears(c.dataset(true));
      for (int y = 0; y < before.size(); y++) {
        for (String node : before.get(y).nodes()) {
          assertArrayEquals(before.get(y).scores(node), after.get(y).scores(node), 1e-9,
              node + " in " + before.get(y).year());
        }
      }
    });
  }

  @Test
  void scoringOneYearOverThePanelAgreesWithScoringEveryYear() {
    ScoringPipeline pipeline = pipeline();
    PropertyRunner.forAll(CASES).cases(100).check(c -> {
      Dataset data = c.dataset(true);
      List<ScoreReport> all = pipeline.scoreAllYears(data);
      for (ScoreReport expected : all) {
        ScoreReport one = pipeline.score(data, expected.year());
        for (String node : expected.nodes()) {
          assertArrayEquals(expected.scores(node), one.scores(node), 0, node + " in " + expected.year());
        }
      }
    });
  }
}
