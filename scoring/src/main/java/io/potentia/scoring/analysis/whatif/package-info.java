/** What changes if values change: rescoring, marginal effects and the least change that moves an area up. */
package io.potentia.scoring.analysis.whatif;
