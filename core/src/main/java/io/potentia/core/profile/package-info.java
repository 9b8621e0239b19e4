/**
 * Typed models of each potential, the forces and the posture for one area and year, and the
 * {@link io.potentia.core.profile.AreaProfile} that holds them all.
 */
@PotentiaStyle
package io.potentia.core.profile;

import io.potentia.core.internal.PotentiaStyle;
