/** Methodology checks that run before scoring and reject combinations that cannot work. */
package io.potentia.scoring.check;
