package org.mentorship.application.rest;

/** What the onboarding operations document at length: their descriptions, kept out of the annotations. */
final class OnboardingDocs {

    static final String SIGN = "Keeps an immutable snapshot: version, text, legal name, time, client address. Once "
            + "only (409 contract-already-signed), the current version only (409 "
            + "contract-version-mismatch), while ACCEPTED (409 not-accepted).";

    static final String COMPLETE_STEP =
            "When the contract is signed and every step is done the application becomes ONBOARDED "
                    + "and MenteeOnboarded is published (with the new mentorshipId). Once per step (409 "
                    + "hr-step-done).";

    private OnboardingDocs() {}
}
