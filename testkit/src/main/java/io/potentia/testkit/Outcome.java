package io.potentia.testkit;

import io.potentia.core.InvalidInputException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a strategy on a generated input and separates a documented rejection (an {@link
 * InvalidInputException} with a message) from a result. Any other exception is a failure of the
 * strategy: rejections must be clear, typed and explained.
 */
final class Outcome {
  private Outcome() {}

  static <T> Optional<T> of(Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (InvalidInputException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) {
        throw new AssertionError("a rejection must say why", e);
      }
      return Optional.empty();
    }
  }
}
