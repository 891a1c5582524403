package org.mentorship.contracts;

/**
 * A well-formed event its topic may not carry: published under another source than the topic's owner, or of a type
 * the topic does not carry ({@link TopicOwner}). It is never processed, however often it is retried.
 */
public class UntrustedEventException extends MalformedEventException {
    public UntrustedEventException(String message) {
        super(message);
    }
}
