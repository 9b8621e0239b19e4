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
 * The typed model of the military potential of one area in one year: one optional field per built-in catalogue
 * indicator with the id prefix {@code military.}, absent where data is missing.
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
@JsonSerialize(as = ImmutableMilitaryPotential.class)
@JsonDeserialize(as = ImmutableMilitaryPotential.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class MilitaryPotential implements IndicatorGroup {
  // only the generated implementation extends this type
  MilitaryPotential() {}

  private static final ModelFields<MilitaryPotential, ImmutableMilitaryPotential.Builder> FIELDS =
      ModelFields.<MilitaryPotential, ImmutableMilitaryPotential.Builder>of("MilitaryPotential", ImmutableMilitaryPotential::builder, ImmutableMilitaryPotential.Builder::build)
          .field("military.expenditure_gdp", "expenditureGdp", MilitaryPotential::expenditureGdp, ImmutableMilitaryPotential.Builder::expenditureGdp)
          .field("military.expenditure_per_capita", "expenditurePerCapita", MilitaryPotential::expenditurePerCapita, ImmutableMilitaryPotential.Builder::expenditurePerCapita)
          .field("military.active_personnel", "activePersonnel", MilitaryPotential::activePersonnel, ImmutableMilitaryPotential.Builder::activePersonnel)
          .field("military.combat_readiness", "combatReadiness", MilitaryPotential::combatReadiness, ImmutableMilitaryPotential.Builder::combatReadiness)
          .field("military.training_completed", "trainingCompleted", MilitaryPotential::trainingCompleted, ImmutableMilitaryPotential.Builder::trainingCompleted)
          .field("military.defensive_zone_exercises", "defensiveZoneExercises", MilitaryPotential::defensiveZoneExercises, ImmutableMilitaryPotential.Builder::defensiveZoneExercises)
          .field("military.modern_equipment", "modernEquipment", MilitaryPotential::modernEquipment, ImmutableMilitaryPotential.Builder::modernEquipment)
          .field("military.mobilisation_plans_approved", "mobilisationPlansApproved", MilitaryPotential::mobilisationPlansApproved, ImmutableMilitaryPotential.Builder::mobilisationPlansApproved)
          .field("military.logistics_reserves", "logisticsReserves", MilitaryPotential::logisticsReserves, ImmutableMilitaryPotential.Builder::logisticsReserves)
          .field("military.conscription_quota_met", "conscriptionQuotaMet", MilitaryPotential::conscriptionQuotaMet, ImmutableMilitaryPotential.Builder::conscriptionQuotaMet)
          .field("military.technical_support_rating", "technicalSupportRating", MilitaryPotential::technicalSupportRating, ImmutableMilitaryPotential.Builder::technicalSupportRating);

  /**
   * A builder; every field is optional.
   *
   * @return a new builder
   */
  public static ImmutableMilitaryPotential.Builder builder() {
    return ImmutableMilitaryPotential.builder();
  }

  /**
   * The model from indicator values, indicator id to value.
   *
   * @param values values of this model's indicators only
   * @return the model
   * @throws io.potentia.core.InvalidInputException if an id is not one of {@link #indicatorIds()} or
   *     a value is out of range
   */
  public static MilitaryPotential fromValues(Map<String, Double> values) {
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
   * {@code military.expenditure_gdp}: Military expenditure, % of GDP (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble expenditureGdp();

  /**
   * {@code military.expenditure_per_capita}: Military expenditure per capita, USD per person, current prices (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble expenditurePerCapita();

  /**
   * {@code military.active_personnel}: Active armed forces personnel, per 1,000 people (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble activePersonnel();

  /**
   * {@code military.combat_readiness}: Combat readiness rating, rating (1 to 5) (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble combatReadiness();

  /**
   * {@code military.training_completed}: Training programmes completed, % of programmes (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble trainingCompleted();

  /**
   * {@code military.defensive_zone_exercises}: Defensive-zone exercises, exercises per year (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble defensiveZoneExercises();

  /**
   * {@code military.modern_equipment}: Modern equipment, % of inventory (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble modernEquipment();

  /**
   * {@code military.mobilisation_plans_approved}: Mobilisation plans approved, % of units (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble mobilisationPlansApproved();

  /**
   * {@code military.logistics_reserves}: Logistics reserves, days of supply (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble logisticsReserves();

  /**
   * {@code military.conscription_quota_met}: Conscription quota met, % of the annual quota (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble conscriptionQuotaMet();

  /**
   * {@code military.technical_support_rating}: Technical support rating, rating (1 to 5) (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble technicalSupportRating();

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
