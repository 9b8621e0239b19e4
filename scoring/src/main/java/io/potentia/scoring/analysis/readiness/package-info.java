/**
 * Readiness classes of scored areas: which ordered class ("weak" to "comprehensively strong") each
 * area of a score report is in on its node scores, by a sorting method of {@link
 * io.potentia.scoring.sort.SortingMethods}, and what keeps it from the next class ({@link
 * io.potentia.scoring.analysis.readiness.ClassScheme}, {@link
 * io.potentia.scoring.analysis.readiness.AreaClasses}).
 */
package io.potentia.scoring.analysis.readiness;
