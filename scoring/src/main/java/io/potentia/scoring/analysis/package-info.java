/**
 * Analyses of a scored index, one subpackage per question: how far its ranks can be trusted
 * ({@code uncertainty}), which choices move them most ({@code sensitivity}), what changes if values
 * change ({@code whatif}), what to fund first ({@code planning}) and whether development is
 * synchronous ({@code balance}). Long analyses report progress to a {@link
 * io.potentia.scoring.analysis.ProgressListener} and can be cancelled.
 */
package io.potentia.scoring.analysis;
