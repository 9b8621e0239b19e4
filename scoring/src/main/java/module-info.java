/**
 * Potentia scoring: pluggable strategies for every step of a composite indicator, the ranking
 * methods for decision matrices, the scoring pipeline, score reports and the analyses.
 *
 * <p>Every API package is exported; {@code io.potentia.scoring.internal} is not, since no other
 * module of the library uses it. Strategies are found through the
 * {@link io.potentia.scoring.spi.StrategyProvider} service: this module uses it and provides the
 * built-in strategies with it (and still lists them in {@code META-INF/services} for the class
 * path). The packages whose types Jackson binds (specs, plans, decision problems, pairwise files,
 * and the results written as JSON) are opened to Jackson's data binding only. Core's types and
 * Jackson's {@code JsonNode} appear in the API, so both modules are required transitively; the
 * compile-time annotations are required as in core.
 *
 * <p>Hipparchus (PCA weights, EM imputation, Sobol sequences; the simplex solver of the best-worst
 * method) has no module names of its own: it is required as the automatic modules {@code
 * hipparchus.core} and {@code hipparchus.optim}, the names derived from its jar files {@code
 * hipparchus-core-VERSION.jar} and {@code hipparchus-optim-VERSION.jar}, as Maven and Gradle name
 * them. None of its types appears in the API.
 *
 * @uses io.potentia.scoring.spi.StrategyProvider the registry of strategies
 *     ({@link io.potentia.scoring.spec.Strategies}) loads every provider
 * @provides io.potentia.scoring.spi.StrategyProvider the built-in strategies
 *     ({@link io.potentia.scoring.spec.BuiltInStrategies})
 */
module io.potentia.scoring {
  requires transitive io.potentia.core;
  requires transitive com.fasterxml.jackson.databind;
  requires hipparchus.core;
  requires hipparchus.optim;

  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.potentia.scoring;
  exports io.potentia.scoring.aggregate;
  exports io.potentia.scoring.analysis;
  exports io.potentia.scoring.analysis.audit;
  exports io.potentia.scoring.analysis.balance;
  exports io.potentia.scoring.analysis.budget;
  exports io.potentia.scoring.analysis.groups;
  exports io.potentia.scoring.analysis.panel;
  exports io.potentia.scoring.analysis.planning;
  exports io.potentia.scoring.analysis.planning.works;
  exports io.potentia.scoring.analysis.planning.mobilisation;
  exports io.potentia.scoring.analysis.readiness;
  exports io.potentia.scoring.analysis.sensitivity;
  exports io.potentia.scoring.analysis.uncertainty;
  exports io.potentia.scoring.analysis.whatif;
  exports io.potentia.scoring.check;
  exports io.potentia.scoring.engine;
  exports io.potentia.scoring.impute;
  exports io.potentia.scoring.normalise;
  exports io.potentia.scoring.outlier;
  exports io.potentia.scoring.rank;
  exports io.potentia.scoring.result;
  exports io.potentia.scoring.rollup;
  exports io.potentia.scoring.sort;
  exports io.potentia.scoring.spec;
  exports io.potentia.scoring.spi;
  exports io.potentia.scoring.validate;
  exports io.potentia.scoring.weight;

  opens io.potentia.scoring.analysis.planning to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.analysis.planning.works to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.analysis.planning.mobilisation to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.analysis.readiness to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.check to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.analysis.sensitivity to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.analysis.uncertainty to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.analysis.whatif to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.impute to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.rank to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.result to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.sort to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.spec to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.spi to com.fasterxml.jackson.databind;
  opens io.potentia.scoring.weight to com.fasterxml.jackson.databind;

  uses io.potentia.scoring.spi.StrategyProvider;

  provides io.potentia.scoring.spi.StrategyProvider with io.potentia.scoring.spec.BuiltInStrategies;
}
