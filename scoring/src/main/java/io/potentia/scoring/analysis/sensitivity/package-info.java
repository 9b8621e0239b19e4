/** Which choices move a ranking most: Sobol indices, one-at-a-time perturbations, methodology comparison and rank reversal. */
package io.potentia.scoring.analysis.sensitivity;
