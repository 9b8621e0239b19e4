/** The service-provider interface through which strategies are found by name. */
package io.potentia.scoring.spi;
