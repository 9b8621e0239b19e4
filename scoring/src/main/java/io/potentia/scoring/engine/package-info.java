/** The scoring pipeline: runs a framework's strategies over areas and years ({@link io.potentia.scoring.ScoringPipeline}). */
package io.potentia.scoring.engine;
