package io.potentia.report.html;

/**
 * One section of the HTML report: a heading and its content, in the report's language. Sections
 * added by analyses plug in through {@link HtmlReport#withSection(ReportSection)}.
 */
public interface ReportSection {
  /**
   * The section's element id, unique in the page (the anchor of the table of contents).
   *
   * @return the id, letters, digits and hyphens
   */
  String id();

  /**
   * The section's HTML: a {@code <section>} element with its heading, every word from the labels
   * ({@link Labels#text}, {@link Labels#format}), numbers through {@link Labels#number}, areas by
   * {@link Labels#area} (name shown, code in a {@code title}); each chart names its data table in a
   * {@code data-table} attribute. Scripts may use the global {@code echarts}, which the report
   * inlines before the sections.
   *
   * @param labels the report's language, naming the report's areas
   * @return the markup
   */
  String html(Labels labels);
}
