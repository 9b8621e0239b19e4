package io.potentia.scoring.analysis.readiness;

import io.potentia.scoring.sort.Assignment;
import io.potentia.scoring.sort.Gap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.TwoIndicatorIndex;
import io.potentia.scoring.result.ScoreReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes of scored areas, on {@link TwoIndicatorIndex#pillared()}: pillar scores p1 = x / 100 and
 * p2 = y / 100, so A = (0.90, 0.12), B = (0.50, 0.50), C = (0.60, 0.45), D = (0.20, 0.20).
 */
class ClassSchemeTest {
  private static ScoreReport report(Dataset.Builder data) {
    return TwoIndicatorIndex.pipeline(TwoIndicatorIndex.pillared(), TwoIndicatorIndex.spec("arithmetic-mean").build())
        .score(data.build(), TwoIndicatorIndex.YEAR);
  }

  private static ClassScheme scheme(String method, Double lambda) {
    ClassScheme.Builder b = ClassScheme.builder().method(method).categories(List.of("weak", "fair", "strong"))
        .criteria(List.of(NodeThresholds.of("p1", List.of(0.3, 0.55)), NodeThresholds.of("p2", List.of(0.3, 0.55))));
    if (lambda != null) {
      b.lambda(lambda);
    }
    return b.build();
  }

  @Test
  void theConjunctiveRuleClassesAreasOnEveryPillar() {
    AreaClasses classes = scheme("conjunctive", null).classify(report(TwoIndicatorIndex.fourAreas()));
    // A fails p2 at the lowest threshold (0.12 < 0.3); B and C reach 0.3 on both, not 0.55 on p2; D neither
    assertEquals(List.of("weak", "fair", "fair", "weak"),
        classes.result().assignments().stream().map(Assignment::category).toList());
    assertEquals(List.of(Gap.of("p2", 0.12, 0.3)), classes.of("A").orElseThrow().heldBackBy().orElseThrow().criteria());
    assertEquals(List.of(Gap.of("p2", 0.45, 0.55)), classes.of("C").orElseThrow().heldBackBy().orElseThrow().criteria());
    assertEquals(TwoIndicatorIndex.YEAR, classes.year());
    assertTrue(classes.unclassed().isEmpty());
  }

  @Test
  void mrSortWithEqualWeightsAndAHalfLetsOnePillarCarryAnArea() {
    AreaClasses classes = scheme("mr-sort", 0.5).classify(report(TwoIndicatorIndex.fourAreas()));
    // half the weight suffices: A (0.90 on p1) and C (0.60 on p1) reach 0.55; B reaches 0.3 only
    assertEquals(List.of("strong", "fair", "strong", "weak"),
        classes.result().assignments().stream().map(Assignment::category).toList());
  }

  @Test
  void anAreaWithoutAScoreOnANodeIsLeftUnclassedWithTheReason() {
    Dataset.Builder data = TwoIndicatorIndex.fourAreas().put("E", "t.x", TwoIndicatorIndex.YEAR, 70);
    AreaClasses classes = scheme("conjunctive", null).classify(report(data));
    assertEquals(4, classes.result().assignments().size());
    assertEquals("no score on [p2] in " + TwoIndicatorIndex.YEAR, classes.unclassed().get("E"));
    assertEquals(Map.of("E", List.of("p2")), classes.unscored(), "the same as facts: the node without a score");
    assertTrue(classes.of("E").isEmpty());
  }

  @Test
  void anUnclassedAreaMustNameANodeWithoutAScore() {
    AreaClasses classes = scheme("conjunctive", null).classify(report(TwoIndicatorIndex.fourAreas()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AreaClasses(classes.year(), classes.scheme(), classes.result(), Map.of("E", List.of())));
    assertEquals("unclassed area 'E' names no node without a score", e.getMessage());
  }

  @Test
  void aNodeOutsideTheFrameworkIsNamedWithTheFrameworksNodes() {
    ClassScheme s = ClassScheme.builder().method("conjunctive").categories(List.of("weak", "strong"))
        .criteria(List.of(NodeThresholds.of("military", List.of(0.5)))).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.classify(report(TwoIndicatorIndex.fourAreas())));
    assertTrue(e.getMessage().startsWith("criteria[0].node: node 'military' is not in the framework 'two'; its nodes: ["),
        e.getMessage());
  }

  @Test
  void theMethodsOwnRefusalsNameTheSchemesFields() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> scheme("conjunctive", 0.7).classify(report(TwoIndicatorIndex.fourAreas())));
    assertEquals("lambda", e.problems().get(0).path());
    InvalidInputException none = assertThrows(InvalidInputException.class,
        () -> scheme("mr-sort", null).classify(report(TwoIndicatorIndex.fourAreas())));
    assertEquals("lambda: mr-sort needs lambda, the cut level in [0.5, 1]", none.getMessage());
  }

  @Test
  void everyFaultOfAClassesFileIsReportedAtOnce(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("classes.json"), """
        {"method": "electre-tri-c",
         "categories": ["weak", "fair", "strong"],
         "lambda": 1.5,
         "criteria": [{"node": "p1", "thresholds": [55, 30], "q": 3, "p": 2},
                      {"node": "p1", "thresholds": [40]}]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ClassScheme.read(file));
    assertEquals(List.of(
        "method: sorting method 'electre-tri-c' is unknown; known: conjunctive, electre-tri-b, mr-sort",
        "lambda: lambda is 1.5; the cut level must be in [0.5, 1] (a majority at least)",
        "criteria[0].q: criterion 'p1': q 3.0 is above p 2.0; the thresholds must keep q <= p <= v",
        "criteria[0].thresholds[1]: node 'p1': threshold 1 is 30.0, below 55.0 of threshold 0; thresholds run from worst"
            + " to best",
        "criteria[1].node: duplicate node 'p1' (first at criteria[0])",
        "criteria[1].thresholds: node 'p1': 1 thresholds for 3 classes; give one per boundary between two classes (2),"
            + " worst first"),
        e.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
  }

  @Test
  void aClassesFileReadsAndClasses(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("classes.json"), """
        {"method": "electre-tri-b",
         "categories": ["weak", "fair", "strong"],
         "lambda": 0.75,
         "criteria": [{"node": "p1", "thresholds": [0.3, 0.55], "q": 0.02, "p": 0.05, "v": 0.4},
                      {"node": "p2", "thresholds": [0.3, 0.55], "q": 0.02, "p": 0.05, "v": 0.4}]}
        """);
    AreaClasses classes = ClassScheme.read(file).classify(report(TwoIndicatorIndex.fourAreas()));
    // A: 0.12 against 0.55 on p2 is 0.43 below, beyond the veto 0.4: sigma(A, b2) = 0; against b1 c = (1, 0): 0.5
    Assignment a = classes.of("A").orElseThrow();
    assertEquals("weak", a.category());
    assertEquals(0.5, a.heldBackBy().orElseThrow().support(), 1e-12);
    assertEquals(List.of("weak", "fair", "fair", "weak"),
        classes.result().assignments().stream().map(Assignment::category).toList());
  }
}
