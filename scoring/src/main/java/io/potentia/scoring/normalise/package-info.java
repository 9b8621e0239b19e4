/** Normalisation: bringing indicators to a common scale ({@link io.potentia.scoring.normalise.Normalisers}). */
package io.potentia.scoring.normalise;
