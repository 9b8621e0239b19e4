/** Planning under limited budgets: which improvements to fund first, year by year. */
package io.potentia.scoring.analysis.planning;
