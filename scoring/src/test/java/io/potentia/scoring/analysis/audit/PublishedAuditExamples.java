package io.potentia.scoring.analysis.audit;

/** Published data the audit's tests reproduce, each with its source. */
final class PublishedAuditExamples {
  private PublishedAuditExamples() {}

  /**
   * Ten respondents by five items, one array per item: D. J. Denis, Applied Univariate, Bivariate,
   * and Multivariate Statistics, 2nd ed., Wiley 2021, the worked example of Cronbach's alpha in its
   * chapter on reliability (SPSS RELIABILITY output): alpha .633, standardised .691; without item 5,
   * .824.
   */
  static final double[][] DENIS_ITEMS = {
      {10, 12, 8, 6, 4, 6, 3, 7, 8, 9},
      {12, 18, 16, 8, 7, 6, 4, 3, 9, 5},
      {15, 12, 14, 16, 8, 3, 6, 7, 4, 6},
      {11, 12, 14, 8, 7, 7, 5, 9, 10, 11},
      {12, 1, 4, 6, 5, 3, 8, 9, 10, 12}};

  /**
   * The Technology Achievement Index case study of the OECD/JRC Handbook on Constructing Composite
   * Indicators (2008), Table A.2, p. 152: the first 23 countries (Finland ... Slovenia, the note on
   * p. 153), one array per indicator in the order patents, royalties, internet, exports,
   * telephones (log), electricity (log), schooling, university. Its principal components are in
   * Tables 7 and 8 (pp. 65 and 69), its standardised Cronbach's alpha on p. 72 (.70). Source of the
   * values: UNDP Human Development Report 2001.
   */
  static final double[][] TAI = {
      {187, 289, 271, 994, 779, 189, 82, 31, 75, 8, 235, 103, 106, 72, 103, 165, 205, 74, 42, 13, 28, 26, 105},
      {125.6, 130, 156.6, 64.6, 9.8, 151.2, 134, 38.6, 18.2, 25.5, 36.8, 20.2, 110.3, 73.9, 13, 14.8, 33.6, 43.6,
          8.6, 9.8, 4.2, 6.2, 4},
      {200.2, 179.1, 125.8, 49, 4.8, 136, 57.4, 108, 125.9, 72.3, 41.2, 193.6, 48.6, 58.9, 146.7, 84.2, 36.4, 43.2,
          21, 30.4, 25, 21.6, 20.3},
      {50.7, 66.2, 59.7, 80.8, 66.7, 50.9, 61.9, 48.7, 16.2, 74.9, 64.2, 19, 53.6, 47.6, 15.4, 50.3, 58.9, 45, 53.4,
          51, 51.7, 63.5, 49.5},
      {3.08, 3, 3.1, 3, 2.97, 3.02, 3.02, 2.94, 2.94, 2.95, 2.94, 3.12, 2.97, 2.91, 2.86, 2.99, 2.97, 2.96, 2.86, 3,
          2.75, 2.73, 2.84},
      {4.15, 4.07, 4.14, 3.86, 3.65, 3.77, 3.73, 4.18, 3.94, 3.83, 3.75, 4.39, 3.68, 3.86, 3.91, 3.79, 3.8, 3.74,
          3.62, 3.65, 3.68, 3.46, 3.71},
      {10, 12, 11.4, 9.5, 10.8, 9.4, 9.4, 11.6, 10.9, 7.1, 10.2, 11.9, 9.4, 9.3, 11.7, 8.4, 7.9, 9.6, 7.3, 7.2, 9.5,
          9.1, 7.1},
      {27.4, 13.9, 15.3, 10, 23.2, 9.5, 14.9, 14.2, 25.3, 24.2, 14.4, 11.2, 12.3, 13.6, 13.1, 13.6, 12.6, 11, 15.6,
          13, 8.2, 7.7, 10.6}};
}
