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
 * The typed model of the diplomatic potential of one area in one year: one optional field per built-in catalogue
 * indicator with the id prefix {@code diplomatic.}, absent where data is missing.
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
@JsonSerialize(as = ImmutableDiplomaticPotential.class)
@JsonDeserialize(as = ImmutableDiplomaticPotential.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class DiplomaticPotential implements IndicatorGroup {
  // only the generated implementation extends this type
  DiplomaticPotential() {}

  private static final ModelFields<DiplomaticPotential, ImmutableDiplomaticPotential.Builder> FIELDS =
      ModelFields.<DiplomaticPotential, ImmutableDiplomaticPotential.Builder>of("DiplomaticPotential", ImmutableDiplomaticPotential::builder, ImmutableDiplomaticPotential.Builder::build)
          .field("diplomatic.strategic_partnerships", "strategicPartnerships", DiplomaticPotential::strategicPartnerships, ImmutableDiplomaticPotential.Builder::strategicPartnerships)
          .field("diplomatic.defence_agreements", "defenceAgreements", DiplomaticPotential::defenceAgreements, ImmutableDiplomaticPotential.Builder::defenceAgreements)
          .field("diplomatic.missions_abroad", "missionsAbroad", DiplomaticPotential::missionsAbroad, ImmutableDiplomaticPotential.Builder::missionsAbroad)
          .field("diplomatic.peacekeepers", "peacekeepers", DiplomaticPotential::peacekeepers, ImmutableDiplomaticPotential.Builder::peacekeepers)
          .field("diplomatic.multilateral_memberships", "multilateralMemberships", DiplomaticPotential::multilateralMemberships, ImmutableDiplomaticPotential.Builder::multilateralMemberships)
          .field("diplomatic.defence_exchanges", "defenceExchanges", DiplomaticPotential::defenceExchanges, ImmutableDiplomaticPotential.Builder::defenceExchanges)
          .field("diplomatic.fdi_inflow", "fdiInflow", DiplomaticPotential::fdiInflow, ImmutableDiplomaticPotential.Builder::fdiInflow)
          .field("diplomatic.border_twinning", "borderTwinning", DiplomaticPotential::borderTwinning, ImmutableDiplomaticPotential.Builder::borderTwinning)
          .field("diplomatic.international_projects", "internationalProjects", DiplomaticPotential::internationalProjects, ImmutableDiplomaticPotential.Builder::internationalProjects);

  /**
   * A builder; every field is optional.
   *
   * @return a new builder
   */
  public static ImmutableDiplomaticPotential.Builder builder() {
    return ImmutableDiplomaticPotential.builder();
  }

  /**
   * The model from indicator values, indicator id to value.
   *
   * @param values values of this model's indicators only
   * @return the model
   * @throws io.potentia.core.InvalidInputException if an id is not one of {@link #indicatorIds()} or
   *     a value is out of range
   */
  public static DiplomaticPotential fromValues(Map<String, Double> values) {
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
   * {@code diplomatic.strategic_partnerships}: Comprehensive and strategic partnerships, count (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble strategicPartnerships();

  /**
   * {@code diplomatic.defence_agreements}: Defence cooperation agreements, count (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble defenceAgreements();

  /**
   * {@code diplomatic.missions_abroad}: Diplomatic missions abroad, count (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble missionsAbroad();

  /**
   * {@code diplomatic.peacekeepers}: UN peacekeeping personnel deployed, persons (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble peacekeepers();

  /**
   * {@code diplomatic.multilateral_memberships}: Multilateral memberships, count (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble multilateralMemberships();

  /**
   * {@code diplomatic.defence_exchanges}: High-level defence exchanges, visits per year (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble defenceExchanges();

  /**
   * {@code diplomatic.fdi_inflow}: Foreign direct investment inflow, % of GDP (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble fdiInflow();

  /**
   * {@code diplomatic.border_twinning}: Border twinning pairs, count (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble borderTwinning();

  /**
   * {@code diplomatic.international_projects}: International cooperation projects, count (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble internationalProjects();

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
