package io.potentia.scoring.spec;

import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Parameters;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.StrategyLookup;
import io.potentia.core.InvalidInputException;
import io.potentia.core.PotentiaException;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.outlier.OutlierTreatment;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.sort.SortingMethod;
import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.spi.StrategyProvider;
import io.potentia.scoring.weight.WeightingMethod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds strategies by kind and name among every {@link StrategyProvider} on the class path (the
 * built-ins included), and builds them from their parameters.
 *
 * <p>An unknown name is an error that lists the known names of that kind; two providers offering
 * the same name of the same kind is an error that names both; a parameter the strategy does not
 * read is an error that lists those it does.
 */
public final class Strategies implements StrategyLookup {
  // the providers' registry once it has loaded without a clash; a static initialiser would turn
  // a clash into ExceptionInInitializerError once and NoClassDefFoundError ever after
  private static volatile Strategies loaded;

  private final Map<StrategyKind, Map<String, Entry>> byKind;

  private record Entry(StrategyDescriptor descriptor, String provider) {}

  private Strategies(Map<StrategyKind, Map<String, Entry>> byKind) {
    this.byKind = byKind;
  }

  /**
   * The registry of the providers visible to this class's class loader, loaded once it loads
   * without a clash.
   *
   * @return the registry
   * @throws PotentiaException if two providers offer the same name of the same kind, naming both;
   *     raised again at every call, and nothing else in the library is affected
   */
  public static Strategies registry() {
    Strategies r = loaded;
    return r != null ? r : load();
  }

  /**
   * A registry of the given providers, for tests and for class loaders of their own.
   *
   * @param providers the providers
   * @return the registry
   * @throws PotentiaException if two providers offer the same name of the same kind
   */
  public static Strategies of(Iterable<? extends StrategyProvider> providers) {
    Map<StrategyKind, Map<String, Entry>> byKind = new EnumMap<>(StrategyKind.class);
    for (StrategyKind kind : StrategyKind.values()) {
      byKind.put(kind, new TreeMap<>());
    }
    for (StrategyProvider provider : providers) {
      for (StrategyDescriptor d : provider.strategies()) {
        Entry previous = byKind.get(d.kind()).putIfAbsent(d.name(), new Entry(d, provider.getClass().getName()));
        if (previous != null) {
          throw new PotentiaException("two providers offer the " + d.kind().id() + " strategy '" + d.name() + "': "
              + previous.provider() + " and " + provider.getClass().getName());
        }
      }
    }
    return new Strategies(byKind);
  }

  /**
   * The descriptors of one kind, by name.
   *
   * @param kind the kind
   * @return the descriptors, sorted by name
   */
  public List<StrategyDescriptor> list(StrategyKind kind) {
    return byKind.get(kind).values().stream().map(Entry::descriptor).toList();
  }

  /**
   * Builds a strategy.
   *
   * @param kind the kind
   * @param name the name
   * @param parameters its parameters
   * @return the strategy
   * @throws InvalidInputException if the name is unknown (listing the known ones), or a parameter is
   *     bad or unknown
   */
  public Described<?> create(StrategyKind kind, String name, Parameters parameters) {
    return entry(kind, name).descriptor().create(parameters.resolvingIn(this));
  }

  private Entry entry(StrategyKind kind, String name) {
    Entry entry = byKind.get(kind).get(name);
    if (entry == null) {
      throw InvalidInputException.at(kind.id(), "unknown " + kind.id() + " strategy '" + name + "'; known: "
          + String.join(", ", byKind.get(kind).keySet()));
    }
    return entry;
  }

  /**
   * Builds a strategy from a step of a spec.
   *
   * @param kind the kind
   * @param step the step
   * @return the strategy
   */
  public Described<?> create(StrategyKind kind, StepSpec step) {
    return create(kind, step.name(), Parameters.of(step.name(), step.parameters()));
  }

  /**
   * A normaliser from a step of a spec.
   *
   * @param step the name and parameters
   * @return the normaliser
   * @throws InvalidInputException if the name is unknown or a parameter is bad or unknown
   */
  public Described<Normaliser> normaliser(StepSpec step) {
    return typed(StrategyKind.NORMALISATION, Normaliser.class, step);
  }

  /**
   * A normaliser by name.
   *
   * @param name the name
   * @param parameters its parameters
   * @return the normaliser
   */
  public Described<Normaliser> normaliser(String name, Parameters parameters) {
    return typed(StrategyKind.NORMALISATION, Normaliser.class, name, parameters);
  }

  /**
   * A weighting method from a step of a spec.
   *
   * @param step the name and parameters
   * @return the weighting method
   * @throws InvalidInputException if the name is unknown or a parameter is bad or unknown
   */
  public Described<WeightingMethod> weighting(StepSpec step) {
    return typed(StrategyKind.WEIGHTING, WeightingMethod.class, step);
  }

  /**
   * A weighting method by name.
   *
   * @param name the name
   * @param parameters its parameters
   * @return the weighting method
   */
  public Described<WeightingMethod> weighting(String name, Parameters parameters) {
    return typed(StrategyKind.WEIGHTING, WeightingMethod.class, name, parameters);
  }

  /**
   * An aggregator from a step of a spec.
   *
   * @param step the name and parameters
   * @return the aggregator
   * @throws InvalidInputException if the name is unknown or a parameter is bad or unknown
   */
  public Described<Aggregator> aggregator(StepSpec step) {
    return typed(StrategyKind.AGGREGATION, Aggregator.class, step);
  }

  /**
   * An aggregator by name.
   *
   * @param name the name
   * @param parameters its parameters
   * @return the aggregator
   */
  public Described<Aggregator> aggregator(String name, Parameters parameters) {
    return typed(StrategyKind.AGGREGATION, Aggregator.class, name, parameters);
  }

  /**
   * An imputer from a step of a spec.
   *
   * @param step the name and parameters
   * @return the imputer
   * @throws InvalidInputException if the name is unknown or a parameter is bad or unknown
   */
  public Described<Imputer> imputer(StepSpec step) {
    return typed(StrategyKind.IMPUTATION, Imputer.class, step);
  }

  /**
   * An imputer by name.
   *
   * @param name the name
   * @param parameters its parameters
   * @return the imputer
   */
  public Described<Imputer> imputer(String name, Parameters parameters) {
    return typed(StrategyKind.IMPUTATION, Imputer.class, name, parameters);
  }

  /**
   * An outlier treatment from a step of a spec.
   *
   * @param step the name and parameters
   * @return the treatment
   * @throws InvalidInputException if the name is unknown or a parameter is bad or unknown
   */
  public Described<OutlierTreatment> outliers(StepSpec step) {
    return typed(StrategyKind.OUTLIERS, OutlierTreatment.class, step);
  }

  /**
   * An outlier treatment by name.
   *
   * @param name the name
   * @param parameters its parameters
   * @return the treatment
   */
  public Described<OutlierTreatment> outliers(String name, Parameters parameters) {
    return typed(StrategyKind.OUTLIERS, OutlierTreatment.class, name, parameters);
  }

  /**
   * A ranking method by name.
   *
   * @param name the name
   * @param parameters its parameters
   * @return the ranking method
   */
  public Described<RankingMethod> ranking(String name, Parameters parameters) {
    return typed(StrategyKind.RANKING, RankingMethod.class, name, parameters);
  }

  /**
   * A sorting method by name.
   *
   * @param name the name
   * @param parameters its parameters
   * @return the sorting method
   */
  public Described<SortingMethod> sorting(String name, Parameters parameters) {
    return typed(StrategyKind.SORTING, SortingMethod.class, name, parameters);
  }

  /**
   * A strategy of a kind by name, with its default parameters: how a strategy that names another
   * (TOPSIS its normalisation) finds it, among the built-ins and a user's own.
   *
   * @param kind the kind
   * @param type the kind's interface
   * @param name the name
   * @param <T> the interface
   * @return the described strategy
   * @throws InvalidInputException if the name is unknown, listing the known ones
   */
  @Override
  public <T> Described<T> find(StrategyKind kind, Class<T> type, String name) {
    return typed(kind, type, name, Parameters.none(name));
  }

  private <T> Described<T> typed(StrategyKind kind, Class<T> type, StepSpec step) {
    return typed(kind, type, step.name(), Parameters.of(step.name(), step.parameters()));
  }

  /** The one place where a kind's strategies are checked to be of its type. */
  private <T> Described<T> typed(StrategyKind kind, Class<T> type, String name, Parameters parameters) {
    try {
      return entry(kind, name).descriptor().create(type, parameters.resolvingIn(this));
    } catch (PotentiaException e) {
      if (e instanceof InvalidInputException) {
        throw e;
      }
      throw new PotentiaException(e.getMessage() + " (offered by " + entry(kind, name).provider() + ")", e);
    }
  }

  /**
   * Loads the providers of a class loader. A failure (two providers of one name) is not kept: each
   * call raises it again, naming both, and the rest of the library stays usable; a success is kept.
   */
  private static synchronized Strategies load() {
    if (loaded == null) {
      List<StrategyProvider> providers = new ArrayList<>();
      ServiceLoader.load(StrategyProvider.class, Strategies.class.getClassLoader()).forEach(providers::add);
      loaded = of(providers);
    }
    return loaded;
  }

}
