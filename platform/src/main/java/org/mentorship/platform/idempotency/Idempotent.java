package org.mentorship.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method (returning a {@code Response}) that honours an {@code Idempotency-Key}: the first answer to a
 * caller's key is kept with the work, in its transaction, and a repeat of the same request replays it exactly; the
 * same key on another request answers 422 idempotency-key-reused. Declare the header as a
 * {@code @HeaderParam(IdempotencyKeys.HEADER)} parameter too, so the OpenAPI document shows it (and its 422).
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {}
