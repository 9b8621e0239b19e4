package io.potentia.scoring.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.spec.SharedData;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * COINr's ASEM index from ../shared/data/reference as a framework, catalogue and dataset (year
 * 2020) scored by min-max and arithmetic means: 51 units, 49 indicators in pillars and two
 * sub-indices.
 *
 * @param pipeline the pipeline
 * @param data the treated data of the reference file
 * @param pillars the pillar names of the reference file
 */
public record AsemCase(ScoringPipeline pipeline, Dataset data, Set<String> pillars) {
  /**
   * Builds the case from the reference file.
   *
   * @param ref the parsed reference file
   * @return the case
   */
  public static AsemCase load(JsonNode ref) {
    List<Indicator> indicators = new ArrayList<>();
    List<FrameworkNode> nodes = new ArrayList<>();
    nodes.add(ReferenceCasesTest.node("index", null).build());
    Set<String> pillars = new LinkedHashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = ref.at("/input/structure/subindex_to_index").fields(); it.hasNext(); ) {
      nodes.add(ReferenceCasesTest.node(ReferenceCasesTest.id("asem", it.next().getKey()), "index").build());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = ref.at("/input/structure/pillar_to_subindex").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      pillars.add(e.getKey());
      nodes.add(ReferenceCasesTest.node(ReferenceCasesTest.id("asem", e.getKey()), ReferenceCasesTest.id("asem", e.getValue().asText())).build());
    }
    Dataset.Builder data = Dataset.builder();
    double[][] rows = SharedData.rows(ref.at("/input/matrix_treated"));
    for (int j = 0; j < ref.at("/input/indicators").size(); j++) {
      String name = ref.at("/input/indicators").get(j).asText();
      String ind = ReferenceCasesTest.id("asem.ind", name);
      indicators.add(ReferenceCasesTest.indicator(ind, ref.at("/input/direction").get(j).asInt() == 1 ? Direction.BENEFIT : Direction.COST));
      nodes.add(ReferenceCasesTest.node(ind, ReferenceCasesTest.id("asem", ref.at("/input/structure/indicator_to_pillar/" + name).asText())).indicator(ind).build());
      for (int i = 0; i < rows.length; i++) {
        data.put(ref.at("/input/units").get(i).asText(), ind, 2020, rows[i][j]);
      }
    }
    ScoringPipeline pipeline = ScoringPipeline.builder()
        .framework(Framework.builder().id("asem").name("ASEM").nodes(nodes).build())
        .catalogue(IndicatorCatalogue.builder().id("asem").indicators(indicators).build())
        .spec(StrategySpec.builder().normalisation(StepSpec.of("min-max")).build())
        .build();
    return new AsemCase(pipeline, data.build(), pillars);
  }
}
