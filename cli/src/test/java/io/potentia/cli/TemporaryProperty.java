package io.potentia.cli;

/** Runs a test's body with a system property set, and gives the property back the value it had. */
final class TemporaryProperty {
  /** A test's body. */
  interface Body {
    void run() throws Exception;
  }

  private TemporaryProperty() {}

  /** Runs {@code body} with {@code name} set to {@code value} (cleared when null), then restores it. */
  static void with(String name, String value, Body body) throws Exception {
    String before = System.getProperty(name);
    try {
      if (value == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, value);
      }
      body.run();
    } finally {
      if (before == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, before);
      }
    }
  }
}
