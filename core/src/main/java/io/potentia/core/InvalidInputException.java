package io.potentia.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was rejected: a model, file or value broke a rule. Holds every {@link Problem} found, not
 * only the first, each with its position and the bad value; the message lists the first {@value
 * #MESSAGE_PROBLEMS} and counts the rest.
 */
public class InvalidInputException extends PotentiaException {
  /**
   * The most problems the message lists; {@link #problems()} holds them all. A hostile file can
   * hold millions of faults, and a message of megabytes helps no one.
   */
  public static final int MESSAGE_PROBLEMS = 200;

  /** Every problem found, in the order found. */
  private final List<Problem> problems;

  /**
   * Creates the exception from one or more problems.
   *
   * @param problems what was wrong; must not be empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidInputException(List<Problem> problems) {
    this(problems, null);
  }

  /**
   * Creates the exception from problems and the low-level cause they were translated from.
   *
   * @param problems what was wrong; must not be empty
   * @param cause the parser or mapper exception, or null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidInputException(List<Problem> problems, Throwable cause) {
    super(render(problems), cause);
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates the exception for a single problem.
   *
   * @param problem what was wrong
   * @return the exception
   */
  public static InvalidInputException of(Problem problem) {
    return new InvalidInputException(List.of(problem));
  }

  /**
   * Creates the exception for a single problem located by a model path.
   *
   * @param path where in the model, for example {@code nodes[2].weight}
   * @param message what is wrong, with the bad value
   * @return the exception
   */
  public static InvalidInputException at(String path, String message) {
    return of(Problem.at(path, message));
  }

  /**
   * Every problem found, in the order found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The same problems attributed to a source file.
   *
   * @param source the file name
   * @return a new exception with the same cause
   */
  public InvalidInputException withSource(String source) {
    return new InvalidInputException(
        problems.stream().map(p -> p.source().isEmpty() ? p.withSource(source) : p).toList(), getCause());
  }

  private static String render(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    String listed = problems.stream().limit(MESSAGE_PROBLEMS).map(Problem::toString).collect(Collectors.joining("\n  "));
    return problems.size() + " problems:\n  " + listed + (problems.size() > MESSAGE_PROBLEMS
        ? "\n  ... and " + (problems.size() - MESSAGE_PROBLEMS) + " more (problems() holds them all)" : "");
  }
}
