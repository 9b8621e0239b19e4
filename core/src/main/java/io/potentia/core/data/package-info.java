/** The columnar dataset of observations (area x indicator x year) and its CSV and JSON forms. */
package io.potentia.core.data;
