package io.potentia.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.data.Dataset;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The input hash changes with anything that could change a score, and with nothing else. */
class InputHashTest {
  private static final Framework FRAMEWORK = DefaultFramework.builtIn();
  private static final StrategySpec SPEC = StrategySpec.defaults();

  private static Dataset data(Consumer<Dataset.Builder> extra) {
    Dataset.Builder b = Dataset.builder().label("hash test");
    b.put("A", "economic.gdp_per_capita", 2022, 10);
    b.put("B", "economic.gdp_per_capita", 2022, 20);
    b.put("A", "economic.gdp_per_capita", 2023, 11);
    extra.accept(b);
    return b.build();
  }

  @Test
  void equalInputsHashEquallyAndAnyChangeChangesTheHash() {
    String base = InputHash.compute(data(b -> { }), FRAMEWORK, SPEC);
    assertEquals(64, base.length());
    assertTrue(base.matches("[0-9a-f]{64}"), base);
    assertEquals(base, InputHash.compute(data(b -> { }), FRAMEWORK, SPEC), "deterministic");
    assertEquals(base, InputHash.lazy(data(b -> { }), FRAMEWORK, SPEC).get());

    assertNotEquals(base, InputHash.compute(data(b -> b.put("B", "economic.gdp_per_capita", 2023, 21)), FRAMEWORK, SPEC),
        "a value added");
    assertNotEquals(base, InputHash.compute(data(b -> b.put("C", "economic.gdp_per_capita", 2022, 1)), FRAMEWORK, SPEC),
        "an area added");
    assertNotEquals(base, InputHash.compute(data(b -> b.put("A", "military.active_personnel", 2022, 1)), FRAMEWORK, SPEC),
        "an indicator added");
    assertNotEquals(base, InputHash.compute(data(b -> b.put("A", "economic.gdp_per_capita", 2021, 1)), FRAMEWORK, SPEC),
        "a year added");
    Dataset.Builder changed = Dataset.builder().label("hash test");
    changed.put("A", "economic.gdp_per_capita", 2022, 10);
    changed.put("B", "economic.gdp_per_capita", 2022, 20.000000000000004);
    changed.put("A", "economic.gdp_per_capita", 2023, 11);
    assertNotEquals(base, InputHash.compute(changed.build(), FRAMEWORK, SPEC), "one value's last bit");
    assertNotEquals(base, InputHash.compute(data(b -> { }), DefaultFramework.of(IndicatorCatalogue.builtIn(),
        io.potentia.core.area.AreaLevel.PROVINCE), SPEC), "another framework");
    assertNotEquals(base, InputHash.compute(data(b -> { }), FRAMEWORK,
        StrategySpec.builder().normalisation(StepSpec.of("z-score")).build()), "another spec");
  }
}
