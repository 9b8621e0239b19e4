package io.potentia.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.ValidRange;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The generated typed models against the built-in catalogue they are generated from. */
class TypedModelsCatalogueTest {

  private record Model(String prefix, Supplier<List<String>> ids, Function<Map<String, Double>, IndicatorGroup> from,
      Class<?> type) {}

  private static final List<Model> MODELS = List.of(
      new Model("political", PoliticalPotential::indicatorIds, PoliticalPotential::fromValues, PoliticalPotential.class),
      new Model("economic", EconomicPotential::indicatorIds, EconomicPotential::fromValues, EconomicPotential.class),
      new Model("scitech", ScienceTechnologyPotential::indicatorIds, ScienceTechnologyPotential::fromValues,
          ScienceTechnologyPotential.class),
      new Model("military", MilitaryPotential::indicatorIds, MilitaryPotential::fromValues, MilitaryPotential.class),
      new Model("diplomatic", DiplomaticPotential::indicatorIds, DiplomaticPotential::fromValues, DiplomaticPotential.class),
      new Model("force", Forces::indicatorIds, Forces::fromValues, Forces.class),
      new Model("posture", Posture::indicatorIds, Posture::fromValues, Posture.class));

  private static List<String> catalogueIds(String prefix) {
    return IndicatorCatalogue.builtIn().indicators().stream().map(Indicator::id)
        .filter(id -> id.startsWith(prefix + ".")).toList();
  }

  /** A value inside the range: the midpoint, the minimum plus one, or one. */
  private static double inside(ValidRange r) {
    if (r.min().isPresent() && r.max().isPresent()) {
      return (r.min().getAsDouble() + r.max().getAsDouble()) / 2;
    }
    return r.min().isPresent() ? r.min().getAsDouble() + 1 : 1;
  }

  @Test
  void eachModelHasTheCatalogueIdsOfItsPrefixInCatalogueOrder() {
    for (Model m : MODELS) {
      assertEquals(catalogueIds(m.prefix()), m.ids().get(), m.type().getSimpleName());
    }
  }

  @Test
  void eachIndicatorHasAnOptionalDoubleAccessorNamedAfterItsIdThatHoldsItsValue() throws Exception {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    for (Model m : MODELS) {
      Map<String, Double> values = new LinkedHashMap<>();
      m.ids().get().forEach(id -> values.put(id, inside(catalogue.get(id).validRange())));
      IndicatorGroup model = m.from().apply(values);
      assertEquals(values, model.values(), m.type().getSimpleName());
      for (String id : m.ids().get()) {
        String[] words = id.substring(id.indexOf('.') + 1).split("_");
        StringBuilder accessor = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
          accessor.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        Method get = m.type().getMethod(accessor.toString());
        assertEquals(OptionalDouble.class, get.getReturnType(), id);
        assertEquals(OptionalDouble.of(values.get(id)), get.invoke(model), id);
      }
    }
  }
}
