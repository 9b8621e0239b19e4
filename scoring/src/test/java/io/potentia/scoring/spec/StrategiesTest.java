package io.potentia.scoring.spec;

import io.potentia.scoring.spi.Parameters;
import io.potentia.scoring.spi.StrategyKind;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.potentia.core.InvalidInputException;
import io.potentia.core.PotentiaException;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.spec.BuiltInStrategies;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.normalise.Normalisers;
import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.spi.StrategyProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategiesTest {
  private final Strategies registry = Strategies.registry();

  @Test
  void theBuiltInsAreFoundThroughTheServiceLoader() {
    assertEquals(14, registry.list(StrategyKind.NORMALISATION).size());
    assertEquals(14, registry.list(StrategyKind.WEIGHTING).size());
    assertEquals(11, registry.list(StrategyKind.AGGREGATION).size());
    assertEquals(7, registry.list(StrategyKind.IMPUTATION).size());
    assertEquals(22, registry.list(StrategyKind.RANKING).size());
    assertEquals(List.of("conjunctive", "electre-tri-b", "mr-sort"),
        registry.list(StrategyKind.SORTING).stream().map(d -> d.name()).toList());
    Normaliser n = registry.normaliser("min-max", Parameters.parse("min-max", List.of("lower=0", "upper=1"))).strategy();
    assertEquals(1.0, n.normalise(new double[] {1, 2}, io.potentia.core.indicator.Direction.BENEFIT)[1]);
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registry.normaliser("minmax", Parameters.none("minmax")));
    assertTrue(e.getMessage().contains("unknown normalisation strategy 'minmax'; known: borda, distance-to-best"),
        e.getMessage());
  }

  @Test
  void aMisspeltParameterIsAnErrorNotASilentDefault() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registry.normaliser("min-max", Parameters.parse("min-max", List.of("uper=1"))));
    assertTrue(e.getMessage().contains("unknown parameter [uper] for 'min-max'; it reads [lower, upper]"), e.getMessage());
  }

  @Test
  void aParameterOfTheWrongTypeNamesStrategyParameterAndValue() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registry.ranking("vikor", Parameters.parse("vikor", List.of("v=half"))));
    assertTrue(e.getMessage().contains("parameter 'v' of 'vikor' is \"half\"; it must be a finite number"), e.getMessage());
  }

  /** A user's provider that claims a built-in name. */
  static final class Clashing implements StrategyProvider {
    @Override
    public List<StrategyDescriptor> strategies() {
      return List.of(StrategyDescriptor.of(StrategyKind.NORMALISATION, "min-max", "mine", java.util.Set.of(),
          p -> Normalisers.rank()));
    }
  }

  @Test
  void twoProvidersOfOneNameAreAnErrorNamingBoth() {
    PotentiaException e = assertThrows(PotentiaException.class,
        () -> Strategies.of(List.of(new BuiltInStrategies(), new Clashing())));
    assertTrue(e.getMessage().contains(BuiltInStrategies.class.getName()) && e.getMessage().contains(Clashing.class.getName()),
        e.getMessage());
  }

  @Test
  void aSpecRoundTripsThroughJsonAndIsCheckedAgainstTheRegistry() {
    StrategySpec spec = StrategySpec.builder()
        .normalisation(StepSpec.of("min-max", Map.of("upper", JsonNodeFactory.instance.numberNode(1))))
        .aggregation(StepSpec.of("geometric-mean"))
        .putOverride("index", StrategySpec.NodeOverride.builder().aggregation(StepSpec.of("minimum")).build())
        .scenario("wartime").seed(7).build();
    assertEquals(spec, PotentiaJson.readString("spec.json", PotentiaJson.write(spec), StrategySpec.class));
    spec.check(registry);
    StrategySpec bad = StrategySpec.builder().aggregation(StepSpec.of("geomean"))
        .putOverride("index", StrategySpec.NodeOverride.builder().normalisation(StepSpec.of("z-score",
            Map.of("sd", JsonNodeFactory.instance.numberNode(0)))).build()).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> bad.check(registry));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).path().startsWith("aggregation"), e.getMessage());
    assertTrue(e.problems().get(1).path().startsWith("overrides.index.normalisation"), e.getMessage());
  }

  /** What the strategies with required parameters are given in the test below. */
  private static final Map<String, String> REQUIRED = Map.ofEntries(
      Map.entry("distance-to-target", "{\"target\": 10}"),
      Map.entry("goalposts", "{\"lower\": 0, \"upper\": 10}"),
      Map.entry("ahp", "{\"matrix\": [[1, 3], [0.3333333333333333, 1]]}"),
      Map.entry("budget-allocation", "{\"points\": [[60, 40]]}"),
      Map.entry("explicit", "{\"weights\": [1, 2]}"),
      Map.entry("optimised", "{\"targets\": [0.5, 0.5]}"),
      Map.entry("rank-order-centroid", "{\"ranks\": [1, 2]}"),
      Map.entry("owa", "{\"order\": [0.5, 0.5]}"),
      Map.entry("power-mean", "{\"p\": 2}"),
      Map.entry("bwm", "{\"bestToOthers\": [1, 3], \"othersToWorst\": [3, 1]}"),
      Map.entry("swara", "{\"ranks\": [1, 2], \"s\": [0.2]}"));

  @Test
  void everyDescribedStrategyIsBuiltByItsNameAndSaysWhatItNeeds() {
    int built = 0;
    for (StrategyKind kind : StrategyKind.values()) {
      List<StrategyDescriptor> all = Strategies.registry().list(kind);
      assertTrue(!all.isEmpty(), "strategies of kind " + kind);
      for (StrategyDescriptor d : all) {
        assertEquals(kind, d.kind());
        assertTrue(!d.description().isBlank(), d.name());
        String json = REQUIRED.get(d.name());
        if (json != null) {
          InvalidInputException e = assertThrows(InvalidInputException.class,
              () -> Strategies.registry().create(kind, d.name(), Parameters.none(d.name())));
          assertTrue(e.getMessage().contains("'" + d.name() + "' needs parameter"), e.getMessage());
        }
        Map<String, com.fasterxml.jackson.databind.JsonNode> values = new java.util.LinkedHashMap<>();
        if (json != null) {
          PotentiaJson.readString("params.json", json, com.fasterxml.jackson.databind.JsonNode.class).fields()
              .forEachRemaining(f -> values.put(f.getKey(), f.getValue()));
        }
        io.potentia.scoring.spi.Described<?> s = Strategies.registry().create(kind, d.name(),
            Parameters.of(d.name(), values));
        assertEquals(d.name(), s.name(), "the strategy built under '" + d.name() + "' goes by that name");
        assertTrue(!s.traits().isEmpty(), d.name() + " declares its traits");
        built++;
      }
    }
    assertTrue(built >= 50, built + " strategies");
  }

  @Test
  void aLambdaIsAStrategyAndItsDescriptorGivesItsNameAndTraits() {
    StrategyDescriptor halves = StrategyDescriptor.of(StrategyKind.NORMALISATION, "halves", "x / 2",
        java.util.EnumSet.of(io.potentia.scoring.spi.Trait.MONOTONE), p -> (Normaliser) (column, direction) -> {
          double[] out = column.clone();
          for (int i = 0; i < out.length; i++) {
            out[i] /= 2;
          }
          return out;
        });
    Strategies mine = Strategies.of(List.of(() -> List.of(halves)));
    io.potentia.scoring.spi.Described<Normaliser> n = mine.normaliser("halves", Parameters.none("halves"));
    assertEquals("halves", n.name());
    assertEquals(java.util.Set.of(io.potentia.scoring.spi.Trait.MONOTONE), n.traits());
    assertArrayEquals(new double[] {1, 2.5}, n.strategy().normalise(new double[] {2, 5},
        io.potentia.core.indicator.Direction.BENEFIT));
  }

  @Test
  void aFactoryThatNamesItsStrategyOtherwiseIsRefused() {
    StrategyDescriptor liar = new StrategyDescriptor(StrategyKind.NORMALISATION, "honest", "x",
        p -> io.potentia.scoring.spi.Described.of("other", Normalisers.rank()));
    Strategies mine = Strategies.of(List.of(() -> List.of(liar)));
    PotentiaException e = assertThrows(PotentiaException.class, () -> mine.normaliser("honest", Parameters.none("honest")));
    assertTrue(e.getMessage().contains("the normalisation strategy 'honest' builds a strategy named 'other'"),
        e.getMessage());
  }

  @Test
  void aStrategyOfTheWrongKindIsRefusedNamingItsProvider() {
    StrategyDescriptor odd = StrategyDescriptor.of(StrategyKind.NORMALISATION, "odd", "not a normaliser",
        java.util.Set.of(), p -> Aggregators.minimum());
    Strategies mine = Strategies.of(List.of(() -> List.of(odd)));
    PotentiaException e = assertThrows(PotentiaException.class, () -> mine.normaliser("odd", Parameters.none("odd")));
    assertTrue(e.getMessage().contains("not a Normaliser"), e.getMessage());
  }

  @Test
  void aSpecCheckReportsEveryBadStepAtItsPath() {
    StrategySpec bad = StrategySpec.builder()
        .imputation(StepSpec.of("guess"))
        .outliers(StepSpec.of("trim"))
        .normalisation(StepSpec.of("minmax"))
        .weighting(StepSpec.of("entropie"))
        .aggregation(StepSpec.of("geomean"))
        .putOverride("index", StrategySpec.NodeOverride.builder().normalisation(StepSpec.of("zscore"))
            .weighting(StepSpec.of("pca2")).aggregation(StepSpec.of("mean")).build())
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> bad.check(registry));
    List<String> paths = e.problems().stream().map(p -> p.path()).toList();
    List<String> expected = List.of("imputation", "outliers", "normalisation", "weighting", "aggregation",
        "overrides.index.normalisation", "overrides.index.weighting", "overrides.index.aggregation");
    assertEquals(expected.size(), paths.size(), e.getMessage());
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(paths.get(i).startsWith(expected.get(i)), paths.get(i) + " for " + expected.get(i));
    }
    StrategySpec good = StrategySpec.defaults();
    assertTrue(good == good.check(registry), "a spec that checks returns itself");
  }
}
