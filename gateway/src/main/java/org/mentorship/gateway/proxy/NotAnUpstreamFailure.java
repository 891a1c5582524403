package org.mentorship.gateway.proxy;

/**
 * A call that ended badly for a reason that says nothing about the service's health: the client hung up, or the
 * service answered well but not with what was asked. Its circuit breaker does not count it as a failure.
 */
public class NotAnUpstreamFailure extends RuntimeException {

    public NotAnUpstreamFailure(String message, Throwable cause) {
        // No stack trace: these are expected outcomes, thrown on every hang-up.
        super(message, cause, false, false);
    }
}
