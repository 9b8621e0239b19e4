package io.potentia.core.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The profile of one area in one year: its five potentials, its forces and its posture as typed
 * models, plus values of indicators outside the built-in catalogue ({@link #otherValues()}), so
 * that nothing a user supplies is dropped.
 *
 * <p>Rejects a blank area, a year outside 1000..9999, and other values that are not finite or whose
 * id belongs to a typed model (set those through the model).
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableAreaProfile.class)
@JsonDeserialize(as = ImmutableAreaProfile.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"area", "year", "political", "economic", "scienceTechnology", "military", "diplomatic", "forces",
    "posture", "otherValues"})
public abstract class AreaProfile {
  // only the generated implementation extends this type
  AreaProfile() {}

  private static final List<Group> GROUPS = List.of(
      new Group(PoliticalPotential.indicatorIds(), PoliticalPotential::fromValues, AreaProfile::political),
      new Group(EconomicPotential.indicatorIds(), EconomicPotential::fromValues, AreaProfile::economic),
      new Group(ScienceTechnologyPotential.indicatorIds(), ScienceTechnologyPotential::fromValues, AreaProfile::scienceTechnology),
      new Group(MilitaryPotential.indicatorIds(), MilitaryPotential::fromValues, AreaProfile::military),
      new Group(DiplomaticPotential.indicatorIds(), DiplomaticPotential::fromValues, AreaProfile::diplomatic),
      new Group(Forces.indicatorIds(), Forces::fromValues, AreaProfile::forces),
      new Group(Posture.indicatorIds(), Posture::fromValues, AreaProfile::posture));

  private record Group(List<String> ids, Function<Map<String, Double>, IndicatorGroup> from,
      Function<AreaProfile, IndicatorGroup> get) {}

  /**
   * A builder; {@code area} and {@code year} are required, every model defaults to empty.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AreaProfile}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableAreaProfile.Builder {
    Builder() {}
  }

  /**
   * The area id.
   *
   * @return the area
   */
  public abstract String area();

  /**
   * The year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The political potential.
   *
   * @return the model, empty by default
   */
  @Value.Default
  public PoliticalPotential political() {
    return PoliticalPotential.builder().build();
  }

  /**
   * The economic potential.
   *
   * @return the model, empty by default
   */
  @Value.Default
  public EconomicPotential economic() {
    return EconomicPotential.builder().build();
  }

  /**
   * The science-technology potential.
   *
   * @return the model, empty by default
   */
  @Value.Default
  public ScienceTechnologyPotential scienceTechnology() {
    return ScienceTechnologyPotential.builder().build();
  }

  /**
   * The military potential.
   *
   * @return the model, empty by default
   */
  @Value.Default
  public MilitaryPotential military() {
    return MilitaryPotential.builder().build();
  }

  /**
   * The diplomatic potential.
   *
   * @return the model, empty by default
   */
  @Value.Default
  public DiplomaticPotential diplomatic() {
    return DiplomaticPotential.builder().build();
  }

  /**
   * The forces.
   *
   * @return the model, empty by default
   */
  @Value.Default
  public Forces forces() {
    return Forces.builder().build();
  }

  /**
   * The posture.
   *
   * @return the model, empty by default
   */
  @Value.Default
  public Posture posture() {
    return Posture.builder().build();
  }

  /**
   * Values of indicators that no typed model covers (a user's own indicators), id to value.
   *
   * @return the other values
   */
  public abstract Map<String, Double> otherValues();

  /**
   * Every value present, indicator id to value: the typed models in order, then the others.
   *
   * @return the values
   */
  @JsonIgnore
  public Map<String, Double> values() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Group g : GROUPS) {
      out.putAll(g.get.apply(this).values());
    }
    out.putAll(otherValues());
    return out;
  }

  /**
   * The values as generic observations.
   *
   * @return one observation per value present
   */
  public List<Observation> toObservations() {
    List<Observation> out = new ArrayList<>();
    values().forEach((id, v) -> out.add(Observation.of(area(), id, year(), v)));
    return out;
  }

  /**
   * The profile from generic values, each routed to the model that owns its indicator id; ids no
   * model owns become {@link #otherValues()}.
   *
   * @param area the area id
   * @param year the year
   * @param values indicator id to value
   * @return the profile
   * @throws InvalidInputException if a value is out of range, naming the area, year, field and value
   */
  public static AreaProfile fromValues(String area, int year, Map<String, Double> values) {
    Builder b = builder().area(area).year(year);
    List<Map<String, Double>> parts = new ArrayList<>();
    for (int g = 0; g < GROUPS.size(); g++) {
      parts.add(new LinkedHashMap<>());
    }
    Map<String, Double> other = new LinkedHashMap<>();
    values.forEach((id, v) -> {
      for (int g = 0; g < GROUPS.size(); g++) {
        if (GROUPS.get(g).ids.contains(id)) {
          parts.get(g).put(id, v);
          return;
        }
      }
      other.put(id, v);
    });
    try {
      b.political((PoliticalPotential) GROUPS.get(0).from.apply(parts.get(0)))
          .economic((EconomicPotential) GROUPS.get(1).from.apply(parts.get(1)))
          .scienceTechnology((ScienceTechnologyPotential) GROUPS.get(2).from.apply(parts.get(2)))
          .military((MilitaryPotential) GROUPS.get(3).from.apply(parts.get(3)))
          .diplomatic((DiplomaticPotential) GROUPS.get(4).from.apply(parts.get(4)))
          .forces((Forces) GROUPS.get(5).from.apply(parts.get(5)))
          .posture((Posture) GROUPS.get(6).from.apply(parts.get(6)))
          .otherValues(other);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream()
          .map(p -> p.under("area '" + area + "' in " + year)).toList());
    }
    return b.build();
  }

  /**
   * The profile of an area in a year read from a dataset.
   *
   * @param dataset the dataset
   * @param area the area id
   * @param year the year
   * @return the profile of the values present
   */
  public static AreaProfile fromDataset(Dataset dataset, String area, int year) {
    return fromValues(area, year, dataset.valuesOf(area, year));
  }

  @Value.Check
  void check() {
    Problems problems = new Problems()
        .require(!area().isBlank(), "area", "area is blank")
        .require(year() >= 1000 && year() <= 9999, "year", "area '" + area() + "': year " + year() + " must be in 1000..9999");
    otherValues().forEach((id, v) -> {
      problems.require(Double.isFinite(v), "otherValues." + id,
          "indicator '" + id + "' of area '" + area() + "' in " + year() + " is " + v + "; it must be finite");
      problems.require(GROUPS.stream().noneMatch(g -> g.ids.contains(id)), "otherValues." + id,
          "indicator '" + id + "' belongs to a typed model; set it there, not in otherValues");
    });
    problems.throwIfAny();
  }
}
