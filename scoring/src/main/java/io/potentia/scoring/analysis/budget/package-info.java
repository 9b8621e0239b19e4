/** Whether local defence and security budgets are squared with economic potential. */
package io.potentia.scoring.analysis.budget;
