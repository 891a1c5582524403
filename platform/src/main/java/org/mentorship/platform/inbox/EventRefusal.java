package org.mentorship.platform.inbox;

/**
 * Marks an exception by which a consumer refuses an event for good: the same event fails the same way however
 * often it is retried, so the inbox dead-letters it at once instead of holding the partition. Implement it on a
 * domain exception a handler throws for an event it will never accept (a well-formed event that breaks a rule).
 */
public interface EventRefusal {}
