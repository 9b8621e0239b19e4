/**
 * The doctrine's vocabulary of defence strength: the five potential types, the force components
 * and the posture elements ({@link io.potentia.core.potential.Dimension}).
 */
package io.potentia.core.potential;
