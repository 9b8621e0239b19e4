package io.potentia.core.data;

/**
 * Characters that lie in an array a reader holds, seen in place: a number is read from {@link
 * #array()} directly rather than character by character through {@link CharSequence#charAt}.
 */
interface BufferSlice extends CharSequence {
  /** The array the characters lie in; not to be written. */
  char[] array();

  /** The index of the first character in {@link #array()}. */
  int offset();
}
