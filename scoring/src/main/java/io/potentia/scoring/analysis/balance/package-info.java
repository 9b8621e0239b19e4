/** Whether development is synchronous: imbalance between potentials, coupling coordination, gap between outcome and resources. */
package io.potentia.scoring.analysis.balance;
