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
 * The typed model of the economic potential of one area in one year: one optional field per built-in catalogue
 * indicator with the id prefix {@code economic.}, absent where data is missing.
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
@JsonSerialize(as = ImmutableEconomicPotential.class)
@JsonDeserialize(as = ImmutableEconomicPotential.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class EconomicPotential implements IndicatorGroup {
  // only the generated implementation extends this type
  EconomicPotential() {}

  private static final ModelFields<EconomicPotential, ImmutableEconomicPotential.Builder> FIELDS =
      ModelFields.<EconomicPotential, ImmutableEconomicPotential.Builder>of("EconomicPotential", ImmutableEconomicPotential::builder, ImmutableEconomicPotential.Builder::build)
          .field("economic.gdp", "gdp", EconomicPotential::gdp, ImmutableEconomicPotential.Builder::gdp)
          .field("economic.gdp_per_capita", "gdpPerCapita", EconomicPotential::gdpPerCapita, ImmutableEconomicPotential.Builder::gdpPerCapita)
          .field("economic.real_growth", "realGrowth", EconomicPotential::realGrowth, ImmutableEconomicPotential.Builder::realGrowth)
          .field("economic.industry_share", "industryShare", EconomicPotential::industryShare, ImmutableEconomicPotential.Builder::industryShare)
          .field("economic.foreign_reserves", "foreignReserves", EconomicPotential::foreignReserves, ImmutableEconomicPotential.Builder::foreignReserves)
          .field("economic.public_debt", "publicDebt", EconomicPotential::publicDebt, ImmutableEconomicPotential.Builder::publicDebt)
          .field("economic.energy_self_sufficiency", "energySelfSufficiency", EconomicPotential::energySelfSufficiency, ImmutableEconomicPotential.Builder::energySelfSufficiency)
          .field("economic.food_self_sufficiency", "foodSelfSufficiency", EconomicPotential::foodSelfSufficiency, ImmutableEconomicPotential.Builder::foodSelfSufficiency)
          .field("economic.budget_revenue_per_capita", "budgetRevenuePerCapita", EconomicPotential::budgetRevenuePerCapita, ImmutableEconomicPotential.Builder::budgetRevenuePerCapita)
          .field("economic.road_density", "roadDensity", EconomicPotential::roadDensity, ImmutableEconomicPotential.Builder::roadDensity)
          .field("economic.defence_economic_investment", "defenceEconomicInvestment", EconomicPotential::defenceEconomicInvestment, ImmutableEconomicPotential.Builder::defenceEconomicInvestment)
          .field("economic.marine_economy", "marineEconomy", EconomicPotential::marineEconomy, ImmutableEconomicPotential.Builder::marineEconomy);

  /**
   * A builder; every field is optional.
   *
   * @return a new builder
   */
  public static ImmutableEconomicPotential.Builder builder() {
    return ImmutableEconomicPotential.builder();
  }

  /**
   * The model from indicator values, indicator id to value.
   *
   * @param values values of this model's indicators only
   * @return the model
   * @throws io.potentia.core.InvalidInputException if an id is not one of {@link #indicatorIds()} or
   *     a value is out of range
   */
  public static EconomicPotential fromValues(Map<String, Double> values) {
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
   * {@code economic.gdp}: Gross domestic product, VND billion, current prices (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble gdp();

  /**
   * {@code economic.gdp_per_capita}: GDP per capita, VND million per person (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble gdpPerCapita();

  /**
   * {@code economic.real_growth}: Real GDP growth, % per year (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble realGrowth();

  /**
   * {@code economic.industry_share}: Industry and construction value added, % of GDP (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble industryShare();

  /**
   * {@code economic.foreign_reserves}: Foreign reserves, months of imports (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble foreignReserves();

  /**
   * {@code economic.public_debt}: Public debt, % of GDP (cost).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble publicDebt();

  /**
   * {@code economic.energy_self_sufficiency}: Energy self-sufficiency, % of consumption produced at home (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble energySelfSufficiency();

  /**
   * {@code economic.food_self_sufficiency}: Food self-sufficiency, % of consumption produced at home (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble foodSelfSufficiency();

  /**
   * {@code economic.budget_revenue_per_capita}: Budget revenue per capita, VND million per person (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble budgetRevenuePerCapita();

  /**
   * {@code economic.road_density}: Road density, km per km2 (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble roadDensity();

  /**
   * {@code economic.defence_economic_investment}: Investment in economic-defence zones and dual-use works, VND billion (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble defenceEconomicInvestment();

  /**
   * {@code economic.marine_economy}: Marine economy, % of GDP (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble marineEconomy();

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
