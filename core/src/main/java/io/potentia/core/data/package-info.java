/**
 * The columnar dataset of observations (area x indicator x year), its CSV and JSON forms, and the
 * rules of its tabular forms that every table follows ({@link io.potentia.core.data.DatasetTable}).
 */
package io.potentia.core.data;
