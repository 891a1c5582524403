package org.mentorship.contracts;

/** One topic per publishing service; the key is the aggregate id. */
public final class Topics {
    public static final String APPLICATIONS = "mentorship.applications.v1";
    public static final String EVALUATIONS = "mentorship.evaluations.v1";
    public static final String STIPENDS = "mentorship.stipends.v1";
    public static final String CERTIFICATES = "mentorship.certificates.v1";

    /** Where a consumer parks a message it cannot process, so the rest flow on. */
    public static String deadLetter(String consumerGroup) {
        return "mentorship.dead-letter." + consumerGroup;
    }

    private Topics() {}
}
