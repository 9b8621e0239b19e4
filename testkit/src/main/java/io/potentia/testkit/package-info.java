/**
 * The Potentia testkit: seeded generators of domain values ({@link io.potentia.testkit.Generators}),
 * a property runner on JUnit Jupiter ({@link io.potentia.testkit.PropertyRunner}) that reports and
 * replays failing seeds, and, as the scoring strategies arrive, contracts that check what a
 * strategy declares.
 */
package io.potentia.testkit;
