package io.potentia.scoring.analysis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.RollUp;
import io.potentia.core.indicator.Scale;
import io.potentia.core.potential.PotentialType;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.ScoringPipeline;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test index small enough to work by hand: indicators x and y on a 0–100 scale, divided by 100
 * (goalposts 0 and 100), under the root {@code index}, for areas A to D:
 *
 * <pre>
 * area   x   y
 * A     90  12
 * B     50  50
 * C     60  45
 * D     20  20
 * </pre>
 */
public final class TwoIndicatorIndex {
  public static final int YEAR = 2024;

  private TwoIndicatorIndex() {}

  /** The root with x and y as its children. */
  public static Framework flat() {
    return Framework.builder().id("two").name("two indicators").nodes(List.of(
        FrameworkNode.builder().id("index").name("index").build(),
        FrameworkNode.builder().id("x").name("x").parent("index").indicator("t.x").build(),
        FrameworkNode.builder().id("y").name("y").parent("index").indicator("t.y").build())).build();
  }

  /** The root with pillars p1 (holding x) and p2 (holding y). */
  public static Framework pillared() {
    return Framework.builder().id("two").name("two pillars").nodes(List.of(
        FrameworkNode.builder().id("index").name("index").build(),
        FrameworkNode.builder().id("p1").name("p1").parent("index").build(),
        FrameworkNode.builder().id("p2").name("p2").parent("index").build(),
        FrameworkNode.builder().id("x").name("x").parent("p1").indicator("t.x").build(),
        FrameworkNode.builder().id("y").name("y").parent("p2").indicator("t.y").build())).build();
  }

  public static StrategySpec.Builder spec(String aggregation) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return StrategySpec.builder()
        .normalisation(StepSpec.of("goalposts", Map.of("lower", f.numberNode(0), "upper", f.numberNode(100))))
        .aggregation(StepSpec.of(aggregation));
  }

  public static ScoringPipeline pipeline(Framework framework, StrategySpec spec) {
    return ScoringPipeline.builder().framework(framework)
        .catalogue(IndicatorCatalogue.builder().id("t").indicators(List.of(indicator("t.x"), indicator("t.y"))).build())
        .spec(spec).build();
  }

  public static Dataset.Builder fourAreas() {
    Dataset.Builder b = Dataset.builder();
    double[][] values = {{90, 12}, {50, 50}, {60, 45}, {20, 20}};
    for (int i = 0; i < 4; i++) {
      b.put(String.valueOf((char) ('A' + i)), "t.x", YEAR, values[i][0]);
      b.put(String.valueOf((char) ('A' + i)), "t.y", YEAR, values[i][1]);
    }
    return b;
  }

  private static Indicator indicator(String id) {
    // both are scores out of 100: a what-if cannot take them past it
    return Indicator.builder().id(id).name(id).unit("points").direction(Direction.BENEFIT).scale(Scale.RATIO)
        .validRange(io.potentia.core.indicator.ValidRange.of(0, 100))
        .dimension(PotentialType.ECONOMIC).rollUp(RollUp.MEAN).levels(Set.of(AreaLevel.PROVINCE))
        .description("test indicator").build();
  }
}
