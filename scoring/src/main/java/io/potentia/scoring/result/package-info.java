/** Score reports: scores, ranks, contributions, every stage's table and the trace of a run. */
package io.potentia.scoring.result;
