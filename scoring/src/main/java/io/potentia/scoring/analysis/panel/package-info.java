/** Panel analyses over several years: the within (area fixed effects) estimator and the test of whether political potential leads the others. */
package io.potentia.scoring.analysis.panel;
