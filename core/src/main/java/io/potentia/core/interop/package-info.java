/** Bringing indices in from other tools: COINr's indicator data and metadata tables. */
package io.potentia.core.interop;
