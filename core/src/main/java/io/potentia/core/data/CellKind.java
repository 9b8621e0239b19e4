package io.potentia.core.data;

/**
 * What a cell of a {@link TableRow} holds. A CSV file's cells are all {@link #TEXT}; a workbook's
 * cells keep their type, so that a formula's error or a formula never calculated is reported as
 * such rather than read as text.
 */
public enum CellKind {
  /** Nothing. */
  EMPTY,
  /** Text as typed; a value cell's text must parse as a finite decimal number, or be empty or {@code NA}. */
  TEXT,
  /** A number; {@link TableRow#text} gives it in decimal form, exactly as stored. */
  NUMBER,
  /** The error value of a formula, such as {@code #DIV/0!}; {@link TableRow#text} gives it. */
  FORMULA_ERROR,
  /** A formula whose result was never saved with the file; {@link TableRow#text} gives the formula. */
  UNCALCULATED
}
