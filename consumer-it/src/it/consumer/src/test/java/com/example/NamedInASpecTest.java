package com.example;

import static io.potentia.testkit.PotentiaAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.framework.Framework;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NamedInASpecTest {

  @Test
  void aSpecNamesTheUsersNormaliserAndTheLibraryFindsIt() throws Exception {
    StrategySpec spec = PotentiaJson.read("spec.json", getClass().getResourceAsStream("/spec.json"), StrategySpec.class);
    Framework framework = PotentiaJson.read("framework.json", getClass().getResourceAsStream("/framework.json"), Framework.class);
    Dataset data;
    try (var in = new InputStreamReader(getClass().getResourceAsStream("/data.csv"), StandardCharsets.UTF_8)) {
      data = DatasetCsv.read("data.csv", in, null);
    }
    ScoreReport report = ScoringPipeline.builder().framework(framework).spec(spec).build().score(data, 2024);
    assertEquals("median-ratio", report.runs().get("gdp").strategy());
    // GDP per capita 40 against a median of 20 scores 2; debt 10 against a median of 20 scores 2
    assertThat(report).node("gdp").scoreOf("P3").isCloseTo(2, 1e-12)
        .node("debt").scoreOf("P1").isCloseTo(2, 1e-12)
        .node("index").ranksFirst("P3").hasNoMissingScores();
  }
}
