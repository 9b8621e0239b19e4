/** Helpers of the core module; not part of the API and never in a public signature. */
package io.potentia.core.internal;
