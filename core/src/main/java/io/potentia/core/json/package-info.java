/** The one configured Jackson mapper, strict readers that report file, position and path, and atomic writes. */
package io.potentia.core.json;
