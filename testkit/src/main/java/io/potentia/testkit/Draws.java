package io.potentia.testkit;

import java.util.random.RandomGenerator;

/** The small random choices that the model generators share. */
final class Draws {
  private Draws() {}

  static <E> E pick(RandomGenerator random, E[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Three to eight lower-case letters, for ids and names. */
  static String word(RandomGenerator random) {
    char[] c = new char[3 + random.nextInt(6)];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) ('a' + random.nextInt(26));
    }
    return new String(c);
  }
}
