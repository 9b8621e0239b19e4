package io.potentia.core.profile;

import io.potentia.core.InvalidInputException;
import io.potentia.core.internal.Problems;
import io.potentia.core.Problem;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/**
 * The link between a typed model's fields and catalogue indicator ids, one table per model (written
 * by {@code TypedModelGenerator} from the catalogue), so that converting to and from generic values
 * and checking ranges are one piece of code.
 *
 * @param <M> the model type
 * @param <B> its builder type
 */
final class ModelFields<M, B> {
  private final String model;
  private final Supplier<B> newBuilder;
  private final Function<B, M> build;
  private final Map<String, Field<M, B>> fields = new LinkedHashMap<>();

  private record Field<M, B>(String id, String accessor, Function<M, OptionalDouble> get, ObjDoubleConsumer<B> set) {}

  private ModelFields(String model, Supplier<B> newBuilder, Function<B, M> build) {
    this.model = model;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /** Starts the table of a model. */
  public static <M, B> ModelFields<M, B> of(String model, Supplier<B> newBuilder, Function<B, M> build) {
    return new ModelFields<>(model, newBuilder, build);
  }

  /** Adds a field: the indicator id, the accessor name, how to read it and how to set it. */
  public ModelFields<M, B> field(String id, String accessor, Function<M, OptionalDouble> get, ObjDoubleConsumer<B> set) {
    fields.put(id, new Field<>(id, accessor, get, set));
    return this;
  }

  /** The indicator ids, in field order. */
  public List<String> ids() {
    return List.copyOf(fields.keySet());
  }

  /** Whether an indicator id belongs to this model. */
  public boolean owns(String id) {
    return fields.containsKey(id);
  }

  /** The present values, indicator id to value, in field order. */
  public Map<String, Double> values(M instance) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Field<M, B> f : fields.values()) {
      OptionalDouble v = f.get.apply(instance);
      if (v.isPresent()) {
        out.put(f.id, v.getAsDouble());
      }
    }
    return out;
  }

  /**
   * The model from indicator values.
   *
   * @throws InvalidInputException if an id does not belong to this model (listing those that do), or
   *     a value breaks its indicator's range
   */
  public M fromValues(Map<String, Double> values) {
    B builder = newBuilder.get();
    List<Problem> problems = new ArrayList<>();
    values.forEach((id, v) -> {
      Field<M, B> f = fields.get(id);
      if (f == null) {
        problems.add(Problem.at(id, model + " has no indicator '" + id + "'; it has " + fields.keySet()));
      } else if (v == null) {
        problems.add(Problem.at(id, model + "." + f.accessor + " is null; leave a missing value out"));
      } else {
        f.set.accept(builder, v);
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return build.apply(builder);
  }

  /** Checks every present value against its indicator's range in the built-in catalogue. */
  public void check(M instance) {
    Problems problems = new Problems();
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    for (Field<M, B> f : fields.values()) {
      OptionalDouble v = f.get.apply(instance);
      if (v.isPresent()) {
        Indicator indicator = catalogue.get(f.id);
        double x = v.getAsDouble();
        problems.require(indicator.validRange().contains(x), f.accessor,
            model + "." + f.accessor + " (indicator '" + f.id + "') is " + x + "; it must be " + indicator.validRange().describe());
      }
    }
    problems.throwIfAny();
  }
}
