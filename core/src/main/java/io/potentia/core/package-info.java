/**
 * Potentia core: the domain of all-people national defence potential.
 *
 * <ul>
 *   <li>{@link io.potentia.core.potential}: the five potential types, the force components and the
 *       posture elements, and typed models of each potential for one area and year;
 *   <li>{@link io.potentia.core.indicator}: indicators and the built-in catalogue;
 *   <li>{@link io.potentia.core.area}: areas and their hierarchy (commune to nation);
 *   <li>{@link io.potentia.core.framework}: the framework tree and its scenarios;
 *   <li>{@link io.potentia.core.data}: the columnar dataset and its CSV and JSON forms;
 *   <li>{@link io.potentia.core.json}: the one configured Jackson mapper.
 * </ul>
 *
 * <p>Every rejection of bad input is an {@link io.potentia.core.InvalidInputException} whose
 * {@link io.potentia.core.Problem problems} name the file and position or the JSON path, and the
 * bad value.
 */
package io.potentia.core;
