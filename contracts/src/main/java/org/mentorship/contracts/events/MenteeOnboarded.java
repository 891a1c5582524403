package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * The accepted mentee signed the contract and finished every HR step: the mentorship begins. Carries what the
 * other services need to set up their side (evaluation schedule, stipend agreement, completion record).
 * {@code menteeCountry} is the country on the signed contract: stipend amounts are fixed from it, once.
 */
public record MenteeOnboarded(
        UUID mentorshipId,
        UUID applicationId,
        UUID termId,
        String termName,
        UUID projectId,
        String projectTitle,
        String organization,
        String menteeId,
        String menteeName,
        String menteeEmail,
        List<String> mentorIds,
        List<MentorContact> mentorContacts,
        int evaluationCount,
        LocalDate programStart,
        LocalDate programEnd,
        Instant onboardedAt,
        String menteeCountry)
        implements DomainEvent {

    public MenteeOnboarded {
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(applicationId, "applicationId");
        requireNonNull(termId, "termId");
        requireNonNull(termName, "termName");
        requireNonNull(projectId, "projectId");
        requireNonNull(projectTitle, "projectTitle");
        requireNonNull(organization, "organization");
        requireNonNull(menteeId, "menteeId");
        requireNonNull(menteeName, "menteeName");
        requireNonNull(menteeEmail, "menteeEmail");
        mentorIds = List.copyOf(requireNonNull(mentorIds, "mentorIds"));
        // Added later (additive): an event written before it has none.
        mentorContacts = mentorContacts == null ? List.of() : List.copyOf(mentorContacts);
        requireNonNull(programStart, "programStart");
        requireNonNull(programEnd, "programEnd");
        requireNonNull(onboardedAt, "onboardedAt");
        // menteeCountry was added later (additive): an event written before it has none, so no verified country.
    }

    /** The event as it was before {@code menteeCountry} was added (no verified country). */
    public MenteeOnboarded(
            UUID mentorshipId,
            UUID applicationId,
            UUID termId,
            String termName,
            UUID projectId,
            String projectTitle,
            String organization,
            String menteeId,
            String menteeName,
            String menteeEmail,
            List<String> mentorIds,
            List<MentorContact> mentorContacts,
            int evaluationCount,
            LocalDate programStart,
            LocalDate programEnd,
            Instant onboardedAt) {
        this(
                mentorshipId,
                applicationId,
                termId,
                termName,
                projectId,
                projectTitle,
                organization,
                menteeId,
                menteeName,
                menteeEmail,
                mentorIds,
                mentorContacts,
                evaluationCount,
                programStart,
                programEnd,
                onboardedAt,
                null);
    }

    /** Where a mentor of the project is reached (reminders to submit evaluations); mentors with no known address are left out. */
    public record MentorContact(String mentorId, String email) {
        public MentorContact {
            requireNonNull(mentorId, "mentorId");
            requireNonNull(email, "email");
        }
    }

    /** The address of a mentor, if the project named one. */
    public java.util.Optional<String> emailOf(String mentorId) {
        return mentorContacts.stream()
                .filter(c -> c.mentorId().equals(mentorId))
                .map(MentorContact::email)
                .findFirst();
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
