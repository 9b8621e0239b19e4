package io.potentia.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: JDK collections only (no Guava types in the API),
 * builders that reject missing mandatory attributes, and no {@code Optional} surprises in JSON.
 *
 * <p>The generated {@code ImmutableX} classes and their builders are package-private: they are not
 * API. A value type {@code X} that users build declares {@code public static final class Builder
 * extends ImmutableX.Builder} (with a package-private constructor) and a static {@code builder()}
 * returning it, so users see only {@code X}, {@code X.Builder}, whose Javadoc lists the inherited
 * builder methods as its own, and {@code X}'s factories; {@code overshadowImplementation} makes
 * {@code build()}, {@code from(X)} and the other generated methods return {@code X} and {@code
 * X.Builder}, never {@code ImmutableX}. The visibilities are given as strings, not as the enum
 * constants, so that code compiled against this library without the Immutables annotations on its
 * class path gets no "unknown enum constant" warning (immutables/immutables#291).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    allParameters = false,
    defaultAsDefault = true,
    optionalAcceptNullable = true,
    depluralize = true,
    visibilityString = "PACKAGE",
    builderVisibilityString = "PACKAGE",
    overshadowImplementation = true)
public @interface PotentiaStyle {}
