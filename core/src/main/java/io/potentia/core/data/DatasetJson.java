package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.internal.Problems;
import io.potentia.core.json.PotentiaJson;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes datasets as JSON ({@link DatasetDocument}); round-trips every value bit for bit,
 * missing values and provenance included. Errors name the file, line, column and JSON path, for
 * example {@code data.json:40:17: observations[12].value: ...}; every problem of a document is
 * reported in one error, an observation given twice with both values and both paths: {@code
 * data.json: observations[5]: indicator 'economic.gdp' of area 'VN-HN' in 2023 is given twice: 12.5
 * (first at observations[2]: 11.0)}.
 */
public final class DatasetJson {
  private DatasetJson() {}

  /**
   * Reads a dataset from a JSON file.
   *
   * @param file the file
   * @param catalogue the indicators whose ranges apply, or null to skip the checks
   * @return the dataset
   * @throws InvalidInputException naming the file, position, path and problem
   */
  public static Dataset read(Path file, IndicatorCatalogue catalogue) {
    return toDataset(file.toString(), PotentiaJson.read(file, DatasetDocument.class), catalogue);
  }

  /**
   * Reads a dataset from a JSON stream.
   *
   * @param source the name for error messages
   * @param in the stream; not closed
   * @param catalogue the indicators whose ranges apply, or null to skip the checks
   * @return the dataset
   * @throws InvalidInputException naming the source, position, path and problem
   */
  public static Dataset read(String source, InputStream in, IndicatorCatalogue catalogue) {
    return toDataset(source, PotentiaJson.read(source, in, DatasetDocument.class), catalogue);
  }

  /**
   * The JSON document of a dataset.
   *
   * @param dataset the dataset
   * @return the document
   */
  public static DatasetDocument toDocument(Dataset dataset) {
    return ImmutableDatasetDocument.builder().labels(dataset.labels()).observations(dataset.observations()).build();
  }

  /**
   * Writes a dataset as JSON, through a temporary file and an atomic move.
   *
   * @param dataset the dataset
   * @param file the target
   */
  public static void write(Dataset dataset, Path file) {
    PotentiaJson.write(file, toDocument(dataset));
  }

  /**
   * Builds a dataset from its document, checking indicators and ranges against a catalogue.
   *
   * @param source the name for error messages
   * @param document the document
   * @param catalogue the catalogue, or null to skip the checks
   * @return the dataset
   * @throws InvalidInputException listing every problem with its JSON path, an observation given
   *     twice with both paths and both values, and a document without observations
   */
  public static Dataset toDataset(String source, DatasetDocument document, IndicatorCatalogue catalogue) {
    Problems problems = new Problems();
    Dataset.Builder builder = Dataset.builder().source(source);
    document.labels().forEach(builder::label);
    List<Observation> observations = document.observations();
    if (observations.isEmpty()) {
      problems.add(new Problem(source, 0, 0, "observations", "the document has no observation: a dataset needs at least"
          + " one"));
    }
    int[] positionOf = new int[observations.size()]; // of each observation added, its index in the document
    int added = 0;
    for (int k = 0; k < observations.size(); k++) {
      Observation o = observations.get(k);
      String path = "observations[" + k + "]";
      if (catalogue != null) {
        if (!catalogue.contains(o.indicator())) {
          problems.add(new Problem(source, 0, 0, path + ".indicator",
              "indicator '" + o.indicator() + "' is not in catalogue '" + catalogue.id() + "'"));
          continue;
        }
        Indicator ind = catalogue.get(o.indicator());
        if (o.value().isPresent() && !ind.validRange().contains(o.value().getAsDouble())) {
          problems.add(new Problem(source, 0, 0, path + ".value",
              Dataset.rangeMessage(ind, o.area(), o.year(), o.value().getAsDouble())));
          continue;
        }
      }
      builder.add(o);
      positionOf[added++] = k;
    }
    for (ObservationLog.Repeat r : builder.repeats(100)) { // the first hundred tell enough
      problems.add(new Problem(source, 0, 0, "observations[" + positionOf[r.again()] + "]",
          DatasetCheck.repeatMessage(r, "observations[" + positionOf[r.first()] + "]")));
    }
    problems.throwIfAny();
    try {
      return builder.build();
    } catch (InvalidInputException e) {
      throw e.withSource(source);
    }
  }
}
