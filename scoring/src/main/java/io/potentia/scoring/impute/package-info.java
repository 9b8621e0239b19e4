/** Imputation of missing values ({@link io.potentia.scoring.impute.Imputers}). */
package io.potentia.scoring.impute;
