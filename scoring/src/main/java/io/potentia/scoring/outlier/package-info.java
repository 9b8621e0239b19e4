/** Outlier treatment before normalisation ({@link io.potentia.scoring.outlier.OutlierTreatments}). */
package io.potentia.scoring.outlier;
