package org.mentorship.platform.inbox;

/** The effect of one event on a consumer's state; runs inside the inbox's transaction. */
@FunctionalInterface
public interface EventHandler {
    void handle(IncomingEvent event);
}
