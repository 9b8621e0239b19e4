package io.potentia.testkit;

import static io.potentia.testkit.PotentiaAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.rank.Criterion;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethods;
import io.potentia.scoring.result.ScoreReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PotentiaAssertionsTest {

  private static ScoreReport report() {
    Framework f = Framework.builder().id("f").name("F").nodes(List.of(
        FrameworkNode.builder().id("index").name("I").build(),
        FrameworkNode.builder().id("gdp").name("G").parent("index").indicator("economic.gdp_per_capita").build(),
        FrameworkNode.builder().id("debt").name("D").parent("index").indicator("economic.public_debt").build())).build();
    Dataset d = Dataset.builder()
        .put("A", "economic.gdp_per_capita", 2023, 10).put("A", "economic.public_debt", 2023, 20)
        .put("B", "economic.gdp_per_capita", 2023, 30).put("B", "economic.public_debt", 2023, 40)
        .put("C", "economic.gdp_per_capita", 2023, 20).put("C", "economic.public_debt", 2023, 10).build();
    return ScoringPipeline.builder().framework(f).build().score(d, 2023);
  }

  @Test
  void reportAssertionsPassOnATrueReport() {
    assertThat(report()).hasAreas("A", "B", "C").node("index").ranksFirst("C").rankingStartsWith("C")
        .hasNoMissingScores().scoresWithin(0, 100).contributionsAddUp("A", 1e-12)
        .scoreOf("C").isCloseTo(75, 1e-12)
        .node("gdp").scoreOf("B").isCloseTo(100, 0);
  }

  @Test
  void aFailedReportAssertionSaysWhatWasExpected() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertThat(report()).ranksFirst("A"));
    assertTrue(e.getMessage().contains("rank of 'A' on node 'index'"), e.getMessage());
    assertThrows(AssertionFailedError.class, () -> assertThat(report()).node("navy"));
    assertThrows(AssertionFailedError.class, () -> assertThat(report()).scoresWithin(0, 50));
  }

  @Test
  void rankingAssertionsReadTheMethodsOwnOrder() {
    DecisionProblem p = DecisionProblem.of(List.of("A1", "A2", "A3"),
        List.of(Criterion.of("c1", Direction.COST, 0.5), Criterion.of("c2", Direction.BENEFIT, 0.5)),
        new double[][] {{1, 3000}, {2, 3750}, {5, 4500}});
    assertThat(Registered.ranking("topsis").strategy().rank(p)).ranksFirst("A2").hasRanks(2, 1, 2)
        .hasScores(new double[] {0.5, 0.617, 0.5}, 5e-4);
    assertThat(RankingMethods.vikor(0.5).rank(p)).ranksFirst("A2").ranksAbove("A2", "A3");
    assertThrows(AssertionFailedError.class, () -> assertThat(RankingMethods.vikor(0.5).rank(p)).ranksFirst("A1"));
  }
}
