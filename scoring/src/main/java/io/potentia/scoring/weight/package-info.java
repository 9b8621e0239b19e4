/** Weighting: the weights of the children of a node ({@link io.potentia.scoring.weight.Weightings}). */
package io.potentia.scoring.weight;
