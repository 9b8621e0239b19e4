package io.potentia.core.data;

import io.potentia.core.indicator.IndicatorCatalogue;
import java.nio.file.Path;

/**
 * Reads a dataset from a file of one form. Core reads CSV and JSON itself; a module that reads
 * another form (potentia-report's workbooks) hands its reader to those that check or load files by
 * their extension, such as {@code io.potentia.scoring.validate.FileCheck}.
 */
@FunctionalInterface
public interface DatasetReader {
  /**
   * Reads and checks a file.
   *
   * @param file the file
   * @param catalogue the indicators whose ranges apply, or null to skip the checks
   * @return the dataset
   * @throws io.potentia.core.InvalidInputException listing every problem of the file
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  Dataset read(Path file, IndicatorCatalogue catalogue);
}
