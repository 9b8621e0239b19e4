package io.potentia.core.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an observation came from: its source and a free note (for example "provisional" or
 * "estimated from the 2019 census"). Rejects a provenance with neither, and blank text.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Provenance {
  // only the generated implementation extends this type
  Provenance() {}


  /**
   * A provenance with a source and an optional note.
   *
   * @param source the source, or null
   * @param note the note, or null
   * @return the provenance
   */
  public static Provenance of(String source, String note) {
    return ImmutableProvenance.builder().source(Optional.ofNullable(source)).note(Optional.ofNullable(note)).build();
  }

  /**
   * The source, for example {@code "GSO Statistical Yearbook 2023, table 4.2"}.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * A free note.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    new Problems()
        .require(source().isPresent() || note().isPresent(), "source", "a provenance needs a source or a note")
        .require(source().map(s -> !s.isBlank()).orElse(true), "source", "source is blank")
        .require(note().map(s -> !s.isBlank()).orElse(true), "note", "note is blank")
        .throwIfAny();
  }
}
