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
 * The typed model of the posture (all-people defence, people's security, hearts and minds, defensive works) of one area in one year: one optional field per built-in catalogue
 * indicator with the id prefix {@code posture.}, absent where data is missing.
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
@JsonSerialize(as = ImmutablePosture.class)
@JsonDeserialize(as = ImmutablePosture.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Posture implements IndicatorGroup {
  // only the generated implementation extends this type
  Posture() {}

  private static final ModelFields<Posture, ImmutablePosture.Builder> FIELDS =
      ModelFields.<Posture, ImmutablePosture.Builder>of("Posture", ImmutablePosture::builder, ImmutablePosture.Builder::build)
          .field("posture.civil_defence_plans", "civilDefencePlans", Posture::civilDefencePlans, ImmutablePosture.Builder::civilDefencePlans)
          .field("posture.defensive_zone_plans", "defensiveZonePlans", Posture::defensiveZonePlans, ImmutablePosture.Builder::defensiveZonePlans)
          .field("posture.crime_rate", "crimeRate", Posture::crimeRate, ImmutablePosture.Builder::crimeRate)
          .field("posture.security_movement_good", "securityMovementGood", Posture::securityMovementGood, ImmutablePosture.Builder::securityMovementGood)
          .field("posture.hearts_minds_survey", "heartsMindsSurvey", Posture::heartsMindsSurvey, ImmutablePosture.Builder::heartsMindsSurvey)
          .field("posture.security_hotspots", "securityHotspots", Posture::securityHotspots, ImmutablePosture.Builder::securityHotspots)
          .field("posture.key_defensive_areas_built", "keyDefensiveAreasBuilt", Posture::keyDefensiveAreasBuilt, ImmutablePosture.Builder::keyDefensiveAreasBuilt)
          .field("posture.command_posts_built", "commandPostsBuilt", Posture::commandPostsBuilt, ImmutablePosture.Builder::commandPostsBuilt);

  /**
   * A builder; every field is optional.
   *
   * @return a new builder
   */
  public static ImmutablePosture.Builder builder() {
    return ImmutablePosture.builder();
  }

  /**
   * The model from indicator values, indicator id to value.
   *
   * @param values values of this model's indicators only
   * @return the model
   * @throws io.potentia.core.InvalidInputException if an id is not one of {@link #indicatorIds()} or
   *     a value is out of range
   */
  public static Posture fromValues(Map<String, Double> values) {
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
   * {@code posture.civil_defence_plans}: Civil-defence plans in place, % of localities (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble civilDefencePlans();

  /**
   * {@code posture.defensive_zone_plans}: Defensive-zone plans approved, % of required documents (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble defensiveZonePlans();

  /**
   * {@code posture.crime_rate}: Crime rate, offences per 100,000 people (cost).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble crimeRate();

  /**
   * {@code posture.security_movement_good}: Residential units rated good in the security movement, % of residential units (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble securityMovementGood();

  /**
   * {@code posture.hearts_minds_survey}: Hearts and minds survey index, index (0 to 100) (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble heartsMindsSurvey();

  /**
   * {@code posture.security_hotspots}: Security hotspots, count (cost).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble securityHotspots();

  /**
   * {@code posture.key_defensive_areas_built}: Key defensive areas built, % of plan (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble keyDefensiveAreasBuilt();

  /**
   * {@code posture.command_posts_built}: Headquarters and command posts built, % of plan (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble commandPostsBuilt();

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
