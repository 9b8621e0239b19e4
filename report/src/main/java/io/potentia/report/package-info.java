/**
 * File forms of every result: the CSV tables ({@link io.potentia.report.ResultTables} over {@link
 * io.potentia.report.CsvTable}), the Excel workbook ({@link io.potentia.report.ExcelWorkbook}) and,
 * in {@code html}, the self-contained HTML report. Depends on the scoring engine, never the other
 * way round.
 */
package io.potentia.report;
