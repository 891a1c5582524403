package org.mentorship.certificate.policy;

/**
 * One line of a completion record's checklist.
 *
 * @param key stable id: {@code onboarding}, {@code mentorship-completed}, {@code exam:<id>}, {@code feedback-survey}
 * @param required whether it blocks the certificate (an optional exam is shown but does not)
 * @param detail what is known or still missing, in words for the mentee
 */
public record Requirement(String key, String label, boolean required, boolean met, String detail) {}
