/** Aggregation: combining children into a node's score ({@link io.potentia.scoring.aggregate.Aggregators}). */
package io.potentia.scoring.aggregate;
