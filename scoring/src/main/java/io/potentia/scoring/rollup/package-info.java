/** Roll-up of raw values and scores over the area hierarchy, and consistency checks. */
package io.potentia.scoring.rollup;
