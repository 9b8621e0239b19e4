package io.potentia.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The low-level JSON settings that every Potentia reader shares, without the data-binding layer:
 * duplicate keys rejected, the source kept in error locations, no NaN or infinity literals, and
 * stream read constraints on nesting depth (64), number length (100 characters), string length (1
 * MiB) and document length ({@value #MAX_DOCUMENT_BYTES} bytes, 16 MiB), so that hostile input
 * fails fast and a document's model fits a small heap. Larger data belongs in CSV, which is read
 * in columns.
 *
 * <p>{@link PotentiaJson}'s mapper is built on it; a streaming reader that must start quickly (the
 * uncertainty command's spec) uses it directly, since building a data-binding mapper costs a
 * third of a second of a cold start.
 */
public final class StrictJsonFactory {
  /** The longest JSON document read. */
  public static final long MAX_DOCUMENT_BYTES = 16L << 20;

  private StrictJsonFactory() {}

  /**
   * A new factory with the shared settings.
   *
   * @return the factory; thread-safe once built
   */
  public static JsonFactory create() {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(100)
            .maxStringLength(1 << 20)
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .build())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(64).build())
        .build();
  }
}
