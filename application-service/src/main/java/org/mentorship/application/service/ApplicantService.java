package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.PHONE_REQUIRED;
import static org.mentorship.application.problem.ApplicationProblems.PROFILE_MISSING;
import static org.mentorship.application.problem.ApplicationProblems.UNKNOWN_TIME_ZONE;
import static org.mentorship.platform.problem.PlatformProblems.STALE_WRITE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.mentorship.application.model.Applicant;
import org.mentorship.application.model.ContactPreference;
import org.mentorship.application.repository.ApplicantRepository;

/**
 * The signed-in person's applicant profile. Its time zone and preferred contact are the person's settings
 * ({@link ProfileService}): saving the profile writes them through, and reading it shows them from there.
 */
@ApplicationScoped
public class ApplicantService {

    public record ProfileFields(
            String name,
            String email,
            String phone,
            ContactPreference preferredContact,
            String timeZone,
            String country) {}

    private final ApplicantRepository applicants;
    private final ProfileService profiles;

    ApplicantService(ApplicantRepository applicants, ProfileService profiles) {
        this.applicants = applicants;
        this.profiles = profiles;
    }

    public Applicant get(String userId) {
        return applicants
                .findByIdOptional(userId)
                .orElseThrow(() -> PROFILE_MISSING.with("Create your profile with PUT /api/v1/applicants/me first"));
    }

    /** Creates the profile, or updates it when {@code expectedVersion} matches the stored one. */
    @Transactional
    public Applicant save(String userId, Long expectedVersion, ProfileFields fields) {
        try {
            ZoneId.of(fields.timeZone());
        } catch (DateTimeException e) {
            throw UNKNOWN_TIME_ZONE.with("'" + fields.timeZone() + "' is not an IANA time zone such as Europe/Berlin");
        }
        if (fields.preferredContact() == ContactPreference.PHONE
                && (fields.phone() == null || fields.phone().isBlank())) {
            throw PHONE_REQUIRED.with("A phone number is needed when the preferred contact is PHONE");
        }
        Applicant applicant = applicants.findById(userId);
        if (applicant == null) {
            applicant = new Applicant();
            applicant.userId = userId;
            copy(applicant, fields);
            applicants.persist(applicant);
            profiles.fromApplicant(applicant);
            return applicant;
        }
        if (expectedVersion == null) {
            throw STALE_WRITE.with("The profile exists: send the version you read to change it");
        }
        Versions.require(applicant.version, expectedVersion, "Profile", userId);
        copy(applicant, fields);
        profiles.fromApplicant(applicant);
        return applicant;
    }

    private static void copy(Applicant applicant, ProfileFields fields) {
        applicant.name = fields.name().trim();
        applicant.email = fields.email().trim();
        applicant.phone = fields.phone() == null || fields.phone().isBlank()
                ? null
                : fields.phone().trim();
        applicant.preferredContact = fields.preferredContact();
        applicant.timeZone = fields.timeZone();
        applicant.country = fields.country();
    }
}
