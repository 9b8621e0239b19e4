package io.potentia.report.html;

import io.potentia.core.InvalidInputException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's words and number format in one language: the headings, labels and explanations of
 * the resource bundles {@code labels_en.properties} and {@code labels_vi.properties} beside this
 * class, and the locale's decimal separator (a comma in Vietnamese, {@code 12,5}; a point in
 * English, {@code 12.5}).
 */
public final class Labels {
  /** The languages the report speaks, by their ISO 639-1 codes. */
  public static final List<String> LANGUAGES = List.of("en", "vi");

  private final Locale locale;
  private final ResourceBundle bundle;

  private Labels(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("io.potentia.report.html.labels", locale, Labels.class.getModule());
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
    return new Labels(Locale.forLanguageTag(language));
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
