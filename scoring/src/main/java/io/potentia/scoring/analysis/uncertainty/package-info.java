/** Monte Carlo uncertainty of ranks: what the plan varies, the replications and their rank statistics. */
package io.potentia.scoring.analysis.uncertainty;
