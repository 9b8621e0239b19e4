package io.potentia.scoring.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.spi.Parameters;
import io.potentia.scoring.spec.Strategies;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The political catalyst {@code I = H (P / s)^g}: the catalyst chosen by node id, its domain, and
 * its Shapley decomposition (Shapley 1953, "A value for n-person games", Contributions to the Theory
 * of Games II, pp. 307-317), baseline every child at 0.
 */
class CatalystTest {
  private static final double[] EQUAL = {1, 1, 1};

  private static Aggregator bound(String catalyst, String... children) {
    return Aggregators.catalyst(catalyst, 100, 1).forChildren(List.of(children));
  }

  @Test
  void theCatalystIsTheChildNamedNotTheChildInFirstPlace() {
    // political = 50, economic = 80, military = 60: I = mean(80, 60) * 50 / 100 = 35, in any child order
    double[] first = bound("political", "political", "economic", "military")
        .aggregate(new double[][] {{50}, {80}, {60}}, EQUAL);
    double[] last = bound("political", "economic", "military", "political")
        .aggregate(new double[][] {{80}, {60}, {50}}, EQUAL);
    assertArrayEquals(new double[] {35}, first, 1e-12);
    assertArrayEquals(new double[] {35}, last, 1e-12);
  }

  @Test
  void aCatalystThatIsNotAChildIsRefusedNamingItAndTheChildren() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> bound("political", "economic", "military"));
    assertTrue(e.getMessage().contains("'political' is not a child of the node; its children are [economic, military]"),
        e.getMessage());
  }

  @Test
  void anUnboundCatalystRefusesToGuessAPosition() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Aggregators.catalyst("political", 100, 1).aggregate(new double[][] {{50}, {80}}, new double[] {1, 1}));
    assertTrue(e.getMessage().contains("'political' has not been found among the node's children"), e.getMessage());
  }

  @Test
  void theRegistryNamesTheCatalystByIdAndDefaultsToPolitical() {
    Described<Aggregator> byDefault = Strategies.registry().aggregator("catalyst", Parameters.none("catalyst"));
    assertArrayEquals(new double[] {35}, byDefault.strategy().forChildren(List.of("economic", "political", "military"))
        .aggregate(new double[][] {{80}, {50}, {60}}, EQUAL), 1e-12);
    Described<Aggregator> military = Strategies.registry().aggregator("catalyst",
        Parameters.parse("catalyst", List.of("catalyst=military")));
    // military = 60 catalyses mean(50, 80) = 65: 65 * 0.6 = 39
    assertArrayEquals(new double[] {39}, military.strategy().forChildren(List.of("political", "economic", "military"))
        .aggregate(new double[][] {{50}, {80}, {60}}, EQUAL), 1e-12);
    InvalidInputException number = assertThrows(InvalidInputException.class, () -> Strategies.registry()
        .aggregator("catalyst", Parameters.parse("catalyst", List.of("catalyst=0"))));
    assertTrue(number.getMessage().contains("catalyst"), number.getMessage());
  }

  /**
   * Worked by hand from Shapley's formula, baseline every child at 0, P = 50, E = 80, M = 60, equal
   * weights, s = 100, g = 1. Coalition values: v(P,E) = (80/2) 0.5 = 20, v(P,M) = (60/2) 0.5 = 15,
   * v(P,E,M) = 35, every other 0. phi_E = (1/6)(20 - 0) + (1/3)(35 - 15) = 10; phi_M = (1/6)(15) +
   * (1/3)(35 - 20) = 7.5; phi_P = (1/6)(20) + (1/6)(15) + (1/3)(35) = 17.5; 17.5 + 10 + 7.5 = 35.
   */
  @Test
  void theShapleyValuesOfAHandWorkedThreeChildCaseSumToTheScore() {
    double[] parts = bound("political", "political", "economic", "military")
        .decompose(new double[] {50, 80, 60}, EQUAL).orElseThrow();
    assertArrayEquals(new double[] {17.5, 10, 7.5}, parts, 1e-12);
  }

  @Test
  void aStrongerEconomicScoreContributesMoreNeverLess() {
    Aggregator c = bound("political", "political", "economic", "military");
    double weak = c.decompose(new double[] {70, 20, 60}, EQUAL).orElseThrow()[1];
    double strong = c.decompose(new double[] {70, 95, 60}, EQUAL).orElseThrow()[1];
    // w'_E = 1/2 over the two non-catalyst children, q = 0.7: phi_E = x_E / 2 * 0.7 / 2
    assertEquals(20 / 2.0 * 0.7 / 2, weak, 1e-12);
    assertEquals(95 / 2.0 * 0.7 / 2, strong, 1e-12);
    assertTrue(strong > weak && weak > 0);
  }

  @Test
  void aMissingChildGetsNothingAndAMissingScoreHasMissingParts() {
    Aggregator c = bound("political", "political", "economic", "military");
    // economic missing: H = 60, I = 60 * 0.5 = 30: political 15, military 15
    assertArrayEquals(new double[] {15, 0, 15}, c.decompose(new double[] {50, Double.NaN, 60}, EQUAL).orElseThrow(), 1e-12);
    double[] none = c.decompose(new double[] {Double.NaN, 80, 60}, EQUAL).orElseThrow();
    assertTrue(Double.isNaN(none[0]) && Double.isNaN(none[1]) && Double.isNaN(none[2]));
  }

  @Test
  void theDomainIsACatalystOnTheScaleAndAnyFiniteScoreElsewhere() {
    Aggregator c = Aggregators.catalyst("political", 100, 1);
    List<String> kids = List.of("economic", "political");
    Optional<OutputRange> minMax = Optional.of(new OutputRange(0, 100));
    Optional<OutputRange> zScores = Optional.of(new OutputRange(-3, 3));
    assertEquals(Optional.of(List.of()), c.domainProblems(kids, List.of(minMax, minMax)),
        "min-max to [0, 100] gives a catalyst of 0 at worst, which the formula takes");
    assertEquals(Optional.of(List.of()), c.domainProblems(kids, List.of(zScores, minMax)),
        "the other children may be negative");
    List<String> problems = c.domainProblems(kids, List.of(minMax, zScores)).orElseThrow();
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).contains("the catalyst 'political' must score within [0, 100.0]")
        && problems.get(0).contains("in [-3.0, 3.0]"), problems.get(0));
  }
}
