/**
 * The Potentia testkit: seeded generators, a property runner on JUnit Jupiter, assertions, and
 * contracts that check what a strategy declares.
 *
 * <p>Its one package is exported. The contracts are JUnit Jupiter tests and check core and scoring
 * types, so JUnit Jupiter's API (with opentest4j, whose {@code AssertionFailedError} the runner
 * throws) and those modules are required transitively.
 */
module io.potentia.testkit {
  requires transitive io.potentia.core;
  requires transitive io.potentia.scoring;
  requires transitive org.junit.jupiter.api;

  exports io.potentia.testkit;
}
