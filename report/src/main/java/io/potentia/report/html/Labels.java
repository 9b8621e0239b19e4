package io.potentia.report.html;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's words and number format in one language: the headings, labels and explanations of
 * the resource bundles {@code labels_en.properties} and {@code labels_vi.properties} beside this
 * class, and the locale's number format (in Vietnamese a decimal comma and a point between
 * thousands, {@code 1.234,5}; in English the reverse, {@code 1,234.5}). With {@link #withAreas} the
 * labels also name the areas of a hierarchy, so that every section shows names, not codes.
 */
public final class Labels {
  /** The languages the report speaks, by their ISO 639-1 codes. */
  public static final List<String> LANGUAGES = List.of("en", "vi");

  private final Locale locale;
  private final ResourceBundle bundle;
  private final AreaHierarchy hierarchy;

  private Labels(Locale locale, AreaHierarchy hierarchy) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("io.potentia.report.html.labels", locale, Labels.class.getModule());
    this.hierarchy = hierarchy;
  }

  /**
   * The labels of a language.
   *
   * @param language {@code en} or {@code vi}
   * @return the labels
   * @throws InvalidInputException naming the language if it is neither
   */
  public static Labels of(String language) {
    if (!LANGUAGES.contains(language)) {
      throw InvalidInputException.at("--lang", "'" + language + "' is not a language of the report; use one of " + LANGUAGES);
    }
    return new Labels(Locale.forLanguageTag(language), null);
  }

  /**
   * These labels naming the areas of a hierarchy.
   *
   * @param areas the hierarchy whose names {@link #area} gives; may be null (every area shows its id)
   * @return new labels of the same language
   */
  public Labels withAreas(AreaHierarchy areas) {
    return new Labels(locale, areas);
  }

  /**
   * An area's name from the hierarchy given to {@link #withAreas}, or its id when there is none or
   * the hierarchy does not hold the area (an area of the data only).
   *
   * @param id the area's id
   * @return its name
   */
  public String area(String id) {
    return hierarchy != null && hierarchy.contains(id) ? hierarchy.area(id).name() : id;
  }

  /**
   * The text of a key with its placeholders {@code {0}}, {@code {1}}, ... replaced by the arguments
   * as given (format numbers with {@link #number} first). Plain replacement rather than {@link
   * java.text.MessageFormat}, whose quoting rules would eat the apostrophes of English text.
   *
   * @param key the key in the bundle
   * @param args the arguments, in placeholder order
   * @return the text
   * @throws IllegalStateException if the bundle lacks the key
   */
  public String format(String key, Object... args) {
    String text = text(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /**
   * A framework node's name in the language: the bundle's {@code pillar.<id>} for the default
   * framework's pillars and groups; else, for an indicator of the built-in catalogue, its name there
   * (its Vietnamese name in Vietnamese, where the catalogue gives one); else the id itself (a node
   * of a user's own framework).
   *
   * @param id the node's or indicator's id
   * @return its name
   */
  public String node(String id) {
    if (bundle.containsKey("pillar." + id)) {
      return bundle.getString("pillar." + id);
    }
    IndicatorCatalogue catalogue = BuiltIn.CATALOGUE;
    if (!catalogue.contains(id)) {
      return id;
    }
    var indicator = catalogue.get(id);
    return language().equals("vi") ? indicator.nameVi().orElse(indicator.name()) : indicator.name();
  }

  /** The built-in catalogue, read once when first needed. */
  private static final class BuiltIn {
    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();
  }

  /**
   * A strategic direction's name: the bundle's {@code direction.<id>}, or the id itself for a
   * direction the bundles do not name (the hierarchy holds directions by id only).
   *
   * @param id the direction's id, for example {@code north-west}
   * @return its name
   */
  public String direction(String id) {
    return textOr("direction." + id, id);
  }

  /**
   * A share as a percentage in the locale's format, for example {@code 12.5%} or {@code 12,5%}.
   *
   * @param share the share, 1 for all
   * @param decimals the decimals shown
   * @return the percentage; the word for missing for NaN
   */
  public String percent(double share, int decimals) {
    return Double.isNaN(share) ? text("missing") : number(100 * share, decimals) + "%";
  }

  /**
   * The language's code.
   *
   * @return {@code en} or {@code vi}
   */
  public String language() {
    return locale.getLanguage();
  }

  /**
   * The text of a key.
   *
   * @param key the key in the bundle
   * @return the text
   * @throws IllegalStateException if the bundle lacks the key (a bug: both bundles hold every key)
   */
  public String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("the '" + language() + "' labels have no '" + key + "'", e);
    }
  }

  /**
   * The text of a key, or a fallback when the bundle does not name it (pillars of a user's own
   * framework have no translation: their id is shown).
   *
   * @param key the key
   * @param fallback the text without a translation
   * @return the text
   */
  public String textOr(String key, String fallback) {
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  /**
   * A number in the locale's format with a fixed count of decimals; NaN is the word for missing.
   *
   * @param value the number
   * @param decimals the decimals shown
   * @return the formatted number
   */
  public String number(double value, int decimals) {
    if (Double.isNaN(value)) {
      return text("missing");
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(value);
  }
}
