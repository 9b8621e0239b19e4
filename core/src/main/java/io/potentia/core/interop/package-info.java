/**
 * Bringing indices in from other tools as an {@link io.potentia.core.interop.ImportedIndex}:
 * COINr's indicator data and metadata tables, and a plain matrix CSV of areas by indicators.
 */
package io.potentia.core.interop;
