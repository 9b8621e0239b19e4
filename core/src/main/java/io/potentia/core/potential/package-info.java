/**
 * The doctrine's vocabulary of defence strength, potential, force and posture, and typed models
 * of each potential for one area and year ({@link io.potentia.core.potential.AreaProfile}).
 */
@PotentiaStyle
package io.potentia.core.potential;

import io.potentia.core.internal.PotentiaStyle;
