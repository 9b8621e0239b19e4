/** Methodology checks that run before scoring and reject combinations that cannot work, with every reason. */
package io.potentia.scoring.check;
