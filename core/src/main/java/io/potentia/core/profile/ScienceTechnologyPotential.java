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
 * The typed model of the science-technology potential of one area in one year: one optional field per built-in catalogue
 * indicator with the id prefix {@code scitech.}, absent where data is missing.
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
@JsonSerialize(as = ImmutableScienceTechnologyPotential.class)
@JsonDeserialize(as = ImmutableScienceTechnologyPotential.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ScienceTechnologyPotential implements IndicatorGroup {
  // only the generated implementation extends this type
  ScienceTechnologyPotential() {}

  private static final ModelFields<ScienceTechnologyPotential, ImmutableScienceTechnologyPotential.Builder> FIELDS =
      ModelFields.<ScienceTechnologyPotential, ImmutableScienceTechnologyPotential.Builder>of("ScienceTechnologyPotential", ImmutableScienceTechnologyPotential::builder, ImmutableScienceTechnologyPotential.Builder::build)
          .field("scitech.rd_spending", "rdSpending", ScienceTechnologyPotential::rdSpending, ImmutableScienceTechnologyPotential.Builder::rdSpending)
          .field("scitech.researchers", "researchers", ScienceTechnologyPotential::researchers, ImmutableScienceTechnologyPotential.Builder::researchers)
          .field("scitech.patent_applications", "patentApplications", ScienceTechnologyPotential::patentApplications, ImmutableScienceTechnologyPotential.Builder::patentApplications)
          .field("scitech.high_tech_exports", "highTechExports", ScienceTechnologyPotential::highTechExports, ImmutableScienceTechnologyPotential.Builder::highTechExports)
          .field("scitech.internet_users", "internetUsers", ScienceTechnologyPotential::internetUsers, ImmutableScienceTechnologyPotential.Builder::internetUsers)
          .field("scitech.cyber_security_index", "cyberSecurityIndex", ScienceTechnologyPotential::cyberSecurityIndex, ImmutableScienceTechnologyPotential.Builder::cyberSecurityIndex)
          .field("scitech.defence_industry_self_reliance", "defenceIndustrySelfReliance", ScienceTechnologyPotential::defenceIndustrySelfReliance, ImmutableScienceTechnologyPotential.Builder::defenceIndustrySelfReliance)
          .field("scitech.stem_graduates", "stemGraduates", ScienceTechnologyPotential::stemGraduates, ImmutableScienceTechnologyPotential.Builder::stemGraduates)
          .field("scitech.high_tech_enterprises", "highTechEnterprises", ScienceTechnologyPotential::highTechEnterprises, ImmutableScienceTechnologyPotential.Builder::highTechEnterprises);

  /**
   * A builder; every field is optional.
   *
   * @return a new builder
   */
  public static ImmutableScienceTechnologyPotential.Builder builder() {
    return ImmutableScienceTechnologyPotential.builder();
  }

  /**
   * The model from indicator values, indicator id to value.
   *
   * @param values values of this model's indicators only
   * @return the model
   * @throws io.potentia.core.InvalidInputException if an id is not one of {@link #indicatorIds()} or
   *     a value is out of range
   */
  public static ScienceTechnologyPotential fromValues(Map<String, Double> values) {
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
   * {@code scitech.rd_spending}: Research and development expenditure, % of GDP (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble rdSpending();

  /**
   * {@code scitech.researchers}: Researchers in R&amp;D, per million people (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble researchers();

  /**
   * {@code scitech.patent_applications}: Patent applications, per million people (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble patentApplications();

  /**
   * {@code scitech.high_tech_exports}: High-technology exports, % of manufactured exports (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble highTechExports();

  /**
   * {@code scitech.internet_users}: Internet users, % of population (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble internetUsers();

  /**
   * {@code scitech.cyber_security_index}: Cyber-security commitment, score (0 to 100) (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble cyberSecurityIndex();

  /**
   * {@code scitech.defence_industry_self_reliance}: Defence-industry self-reliance, % of equipment needs met at home (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble defenceIndustrySelfReliance();

  /**
   * {@code scitech.stem_graduates}: STEM graduates, % of tertiary graduates (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble stemGraduates();

  /**
   * {@code scitech.high_tech_enterprises}: High-technology enterprises, count (benefit).
   *
   * @return the value, absent when missing
   */
  public abstract OptionalDouble highTechEnterprises();

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
