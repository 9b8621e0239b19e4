package io.potentia.core.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The typed model of the political (political-spiritual) potential of one area in one year: one optional field per built-in catalogue
 * indicator with the id prefix {@code political.}, absent where data is missing.
 *
 * <p>Converts to and from generic values with {@link #values()} and {@link #fromValues(Map)}.
 * Rejects a value outside its indicator's valid range, naming the field, the indicator and the
 * value.
 *
 * <p>Kept in step with the built-in catalogue: when the catalogue changes, this class changes too;
 * {@code TypedModelsTest} checks that the two agree.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutablePoliticalPotential.class)
@JsonDeserialize(as = ImmutablePoliticalPotential.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class PoliticalPotential implements IndicatorGroup {
  // only the generated implementation extends this type
  PoliticalPotential() {}

  private static final ModelFields<PoliticalPotential, ImmutablePoliticalPotential.Builder> FIELDS =
      ModelFields.<PoliticalPotential, ImmutablePoliticalPotential.Builder>of("PoliticalPotential", ImmutablePoliticalPotential::builder, ImmutablePoliticalPotential.Builder::build)
          .field("political.trust_government", "trustGovernment", PoliticalPotential::trustGovernment, ImmutablePoliticalPotential.Builder::trustGovernment)
          .field("political.government_effectiveness", "governmentEffectiveness", PoliticalPotential::governmentEffectiveness, ImmutablePoliticalPotential.Builder::governmentEffectiveness)
          .field("political.political_stability", "politicalStability", PoliticalPotential::politicalStability, ImmutablePoliticalPotential.Builder::politicalStability)
          .field("political.control_of_corruption", "controlOfCorruption", PoliticalPotential::controlOfCorruption, ImmutablePoliticalPotential.Builder::controlOfCorruption)
          .field("political.defence_education_coverage", "defenceEducationCoverage", PoliticalPotential::defenceEducationCoverage, ImmutablePoliticalPotential.Builder::defenceEducationCoverage)
          .field("political.grassroots_strong", "grassrootsStrong", PoliticalPotential::grassrootsStrong, ImmutablePoliticalPotential.Builder::grassrootsStrong)
          .field("political.communes_strong", "communesStrong", PoliticalPotential::communesStrong, ImmutablePoliticalPotential.Builder::communesStrong)
          .field("political.social_order_incidents", "socialOrderIncidents", PoliticalPotential::socialOrderIncidents, ImmutablePoliticalPotential.Builder::socialOrderIncidents)
          .field("political.complaints_resolved", "complaintsResolved", PoliticalPotential::complaintsResolved, ImmutablePoliticalPotential.Builder::complaintsResolved)
          .field("political.national_unity", "nationalUnity", PoliticalPotential::nationalUnity, ImmutablePoliticalPotential.Builder::nationalUnity);

  /**
   * A builder; every field is optional.
   *
   * @return a new builder
   */
  public static ImmutablePoliticalPotential.Builder builder() {
    return ImmutablePoliticalPotential.builder();
  }

  /**
   * The model from indicator values, indicator id to value.
   *
   * @param values values of this model's indicators only
   * @return the model
   * @throws io.potentia.core.InvalidInputException if an id is not one of {@link #indicatorIds()} or
   *     a value is out of range
   */
  public static PoliticalPotential fromValues(Map<String, Double> values) {
    return FIELDS.fromValues(values);
  }

  /**
   * The catalogue indicator ids this model has fields for, in field order.
   *
   * @return the ids
   */
  public static List<String> indicatorIds() {
    return FIELDS.ids();
  }

  /**
   * {@code political.trust_government}: Trust in the national government, % of survey respondents (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble trustGovernment();

  /**
   * {@code political.government_effectiveness}: Government effectiveness, estimate (-2.5 to 2.5) (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble governmentEffectiveness();

  /**
   * {@code political.political_stability}: Political stability and absence of violence, estimate (-2.5 to 2.5) (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble politicalStability();

  /**
   * {@code political.control_of_corruption}: Control of corruption, estimate (-2.5 to 2.5) (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble controlOfCorruption();

  /**
   * {@code political.defence_education_coverage}: Defence and security education coverage, % of the target group trained (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble defenceEducationCoverage();

  /**
   * {@code political.grassroots_strong}: Grassroots political organisations rated strong, % of organisations (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble grassrootsStrong();

  /**
   * {@code political.communes_strong}: Communes rated comprehensively strong, % of communes (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble communesStrong();

  /**
   * {@code political.social_order_incidents}: Social-order incidents, incidents per 100,000 people (cost).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble socialOrderIncidents();

  /**
   * {@code political.complaints_resolved}: Citizen complaints resolved on time, % of complaints (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble complaintsResolved();

  /**
   * {@code political.national_unity}: Great national unity index, index (0 to 100) (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble nationalUnity();

  @Override
  @JsonIgnore
  public Map<String, Double> values() {
    return FIELDS.values(this);
  }

  @Value.Check
  void check() {
    FIELDS.check(this);
  }
}
