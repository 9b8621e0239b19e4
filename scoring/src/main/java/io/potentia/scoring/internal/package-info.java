/** Numerical helpers of the scoring module; not part of the API. */
package io.potentia.scoring.internal;
