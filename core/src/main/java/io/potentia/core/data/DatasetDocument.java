package io.potentia.core.data;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The JSON form of a {@link Dataset}: {@code {"labels": [...], "observations": [{"area": "VN-HN",
 * "indicator": "economic.gdp", "year": 2023, "value": 1.2E6, "source": "..."}, ...]}}, where a
 * missing value is {@code "value": null}. Read and written by {@link DatasetJson}.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableDatasetDocument.class)
@JsonDeserialize(as = ImmutableDatasetDocument.class)
@JsonPropertyOrder({"labels", "observations"})
public abstract class DatasetDocument {
  // only the generated implementation extends this type
  DatasetDocument() {}


  /**
   * The labels of the dataset.
   *
   * @return the labels
   */
  public abstract List<String> labels();

  /**
   * Every observation, missing ones included.
   *
   * @return the observations
   */
  public abstract List<Observation> observations();
}
