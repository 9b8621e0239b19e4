/** Areas (commune to nation), their tags and attributes, and the validated hierarchy as data. */
package io.potentia.core.area;
