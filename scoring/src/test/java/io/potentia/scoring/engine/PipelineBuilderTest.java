package io.potentia.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaLevel;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.impute.Imputers;
import io.potentia.scoring.normalise.Normalisers;
import io.potentia.scoring.outlier.OutlierTreatments;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.Stage;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Parameters;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.weight.Weightings;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Strategies given to the builder as objects take the place of the spec's, at every node or at one. */
class PipelineBuilderTest {
  private static ReportFixture fixture;
  private static Framework framework;

  @BeforeAll
  static void data() {
    fixture = new ReportFixture();
    framework = DefaultFramework.of(IndicatorCatalogue.builtIn(), AreaLevel.PROVINCE);
  }

  @Test
  void strategiesGivenAsObjectsReplaceTheSpecsEverywhere() {
    ScoreReport r = ScoringPipeline.builder().framework(framework).registry(Strategies.registry())
        .imputer(Strategies.registry().imputer(StepSpec.of("none")))
        .outliers(Strategies.registry().outliers(StepSpec.of("none")))
        .normaliser(Strategies.registry().normaliser("min-max", Parameters.parse("min-max", List.of("lower=1", "upper=100"))))
        .weighting(Weightings.byName("equal")).aggregator(Aggregators.byName("geometric-mean")).tiePolicy(TiePolicy.FIRST)
        .hierarchy(fixture.hierarchy, AreaLevel.MILITARY_REGION).build().score(fixture.dataset, 2022);
    assertEquals(TiePolicy.FIRST, r.tiePolicy());
    String leaf = r.indicators().get(0);
    double[] raw = r.stage(Stage.RAW, leaf);
    double min = java.util.Arrays.stream(raw).min().orElseThrow();
    double max = java.util.Arrays.stream(raw).max().orElseThrow();
    double[] normalised = r.stage(Stage.NORMALISED, leaf);
    boolean cost = IndicatorCatalogue.builtIn().get(leaf).direction() == io.potentia.core.indicator.Direction.COST;
    for (int a = 0; a < raw.length; a++) {
      double t = cost ? (max - raw[a]) / (max - min) : (raw[a] - min) / (max - min);
      assertEquals(1 + 99 * t, normalised[a], 1e-9, leaf + " of area " + a);
    }
    // the index is the geometric mean of its pillars, equally weighted
    List<String> pillars = r.runs().get(r.root()).children();
    String area = r.areas().get(0);
    double logSum = 0;
    for (String p : pillars) {
      logSum += Math.log(r.score(p, area)) / pillars.size();
    }
    assertEquals(Math.exp(logSum), r.score(r.root(), area), 1e-9);
  }

  @Test
  void strategiesGivenForOneNodeApplyThereOnly() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    String leaf = framework.leaves().get(0).id();
    String pillar = framework.children(framework.root().id()).get(0).id();
    ScoreReport r = ScoringPipeline.builder().framework(framework).catalogue(catalogue)
        .normaliser(leaf, Described.of("z-score", Normalisers.zScore(50, 10))).aggregator(pillar, Aggregators.byName("minimum"))
        .weighting(framework.root().id(), Described.of("explicit", Weightings.explicit(framework.children(framework.root().id())
            .stream().mapToDouble(n -> 1).toArray())))
        .build().score(fixture.dataset, 2022);
    double[] z = r.stage(Stage.NORMALISED, leaf);
    double mean = java.util.Arrays.stream(z).average().orElseThrow();
    assertEquals(50, mean, 1e-9, "z-scores around 50 at the one leaf");
    String other = framework.leaves().get(1).id();
    double[] mm = r.stage(Stage.NORMALISED, other);
    assertEquals(100, java.util.Arrays.stream(mm).max().orElseThrow(), 1e-9, "min-max elsewhere");
    assertEquals(0, java.util.Arrays.stream(mm).min().orElseThrow(), 1e-9);
    List<String> children = r.runs().get(pillar).children();
    for (String area : r.areas()) {
      double min = children.stream().mapToDouble(c -> r.score(c, area)).min().orElseThrow();
      assertEquals(min, r.score(pillar, area), 1e-12, "the pillar is its weakest child in " + area);
    }
    assertTrue(r.runs().get(pillar).strategy().contains("minimum"), r.runs().get(pillar).strategy());
    List<Double> rootWeights = r.runs().get(r.root()).weights();
    for (double w : rootWeights) {
      assertEquals(rootWeights.get(0), w, 1e-15, "the explicit weights at the root");
    }
  }

  /** Issue 15, item 9: the catalogue a custom framework needs is asked for where it is missing. */
  @Test
  void aFrameworkOfOwnIndicatorsWithoutItsCatalogueIsRefusedSayingToPassIt() {
    Framework own = Framework.builder().id("own").name("Own").nodes(List.of(
        io.potentia.core.framework.FrameworkNode.builder().id("index").name("Index").build(),
        io.potentia.core.framework.FrameworkNode.builder().id("wells").name("Wells").parent("index")
            .indicator("water.wells").build())).build();
    io.potentia.core.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.potentia.core.InvalidInputException.class, () -> ScoringPipeline.builder().framework(own).build());
    assertEquals("nodes[1].indicator", e.problems().get(0).path());
    assertTrue(e.getMessage().contains("node 'wells' scores indicator 'water.wells', which is not in catalogue"
        + " 'potentia.builtin'; no catalogue was given, so the built-in one was used: pass yours with .catalogue(...)"),
        e.getMessage());
  }
}
