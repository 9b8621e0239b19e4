package io.potentia.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: JDK collections only (no Guava types in the API),
 * builders that reject missing mandatory attributes, and no {@code Optional} surprises in JSON.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    allParameters = false,
    defaultAsDefault = true,
    optionalAcceptNullable = true,
    depluralize = true)
public @interface PotentiaStyle {}
