/** Indicators, their direction, scale, valid range and roll-up rule, and the built-in catalogue. */
package io.potentia.core.indicator;
