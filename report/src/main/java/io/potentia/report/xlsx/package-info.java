/**
 * Datasets in Excel workbooks: {@link io.potentia.report.xlsx.DatasetXlsx} reads one from a sheet
 * with the rules of the CSV readers, and {@link io.potentia.report.xlsx.DataEntryTemplate} writes a
 * workbook for entering one by hand.
 */
package io.potentia.report.xlsx;
