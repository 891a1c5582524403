package org.mentorship.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** What {@link IdempotencyFilter} read of the request (key and fingerprint) for {@link IdempotencyInterceptor}. */
@RequestScoped
public class PendingIdempotentRequest {

    private IdempotentRequest request;

    void set(IdempotentRequest withoutCaller) {
        this.request = withoutCaller;
    }

    boolean present() {
        return request != null;
    }

    /** The request as the caller sent it, or null when it carried no Idempotency-Key. */
    IdempotentRequest by(String caller) {
        return request == null ? null : request.by(caller);
    }
}
