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
 * The typed model of the forces (standing, reserve, militia and self-defence, public security) of one area in one year: one optional field per built-in catalogue
 * indicator with the id prefix {@code force.}, absent where data is missing.
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
@JsonSerialize(as = ImmutableForces.class)
@JsonDeserialize(as = ImmutableForces.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Forces implements IndicatorGroup {
  // only the generated implementation extends this type
  Forces() {}

  private static final ModelFields<Forces, ImmutableForces.Builder> FIELDS =
      ModelFields.<Forces, ImmutableForces.Builder>of("Forces", ImmutableForces::builder, ImmutableForces.Builder::build)
          .field("force.standing_strength", "standingStrength", Forces::standingStrength, ImmutableForces.Builder::standingStrength)
          .field("force.local_force_readiness", "localForceReadiness", Forces::localForceReadiness, ImmutableForces.Builder::localForceReadiness)
          .field("force.reserve_strength", "reserveStrength", Forces::reserveStrength, ImmutableForces.Builder::reserveStrength)
          .field("force.reserve_assignment_rate", "reserveAssignmentRate", Forces::reserveAssignmentRate, ImmutableForces.Builder::reserveAssignmentRate)
          .field("force.militia_coverage", "militiaCoverage", Forces::militiaCoverage, ImmutableForces.Builder::militiaCoverage)
          .field("force.militia_trained", "militiaTrained", Forces::militiaTrained, ImmutableForces.Builder::militiaTrained)
          .field("force.public_security_personnel", "publicSecurityPersonnel", Forces::publicSecurityPersonnel, ImmutableForces.Builder::publicSecurityPersonnel)
          .field("force.emergency_response_time", "emergencyResponseTime", Forces::emergencyResponseTime, ImmutableForces.Builder::emergencyResponseTime);

  /**
   * A builder; every field is optional.
   *
   * @return a new builder
   */
  public static ImmutableForces.Builder builder() {
    return ImmutableForces.builder();
  }

  /**
   * The model from indicator values, indicator id to value.
   *
   * @param values values of this model's indicators only
   * @return the model
   * @throws io.potentia.core.InvalidInputException if an id is not one of {@link #indicatorIds()} or
   *     a value is out of range
   */
  public static Forces fromValues(Map<String, Double> values) {
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
   * {@code force.standing_strength}: Standing and local force strength, per 1,000 people (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble standingStrength();

  /**
   * {@code force.local_force_readiness}: Local force readiness, rating (1 to 5) (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble localForceReadiness();

  /**
   * {@code force.reserve_strength}: Reserve force, per 1,000 people (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble reserveStrength();

  /**
   * {@code force.reserve_assignment_rate}: Reservists assigned to units, % of registered reservists (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble reserveAssignmentRate();

  /**
   * {@code force.militia_coverage}: Militia and self-defence coverage, % of population (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble militiaCoverage();

  /**
   * {@code force.militia_trained}: Militia trained to standard, % of members (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble militiaTrained();

  /**
   * {@code force.public_security_personnel}: Public-security personnel, per 1,000 people (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble publicSecurityPersonnel();

  /**
   * {@code force.emergency_response_time}: Emergency response time, minutes (cost).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble emergencyResponseTime();

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
