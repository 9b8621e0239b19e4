/** The framework tree of a composite index, its per-node strategies and its scenarios. */
package io.potentia.core.framework;
