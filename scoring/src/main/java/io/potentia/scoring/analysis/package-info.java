/** How far a ranking can be trusted: uncertainty analysis of composite-index ranks. */
package io.potentia.scoring.analysis;
