package org.mentorship.certificate.rest;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.Completion;

/** The public list of graduates and the mentee's opt-in to it. */
public final class GraduateDtos {

    private GraduateDtos() {}

    public record PublicListing(@NotNull Boolean listed) {}

    /** Whether the mentee is listed among the term's graduates (shown only while her certificate is valid). */
    public record PublicListingDto(UUID mentorshipId, boolean listed, Instant changedAt) {
        static PublicListingDto of(Completion c) {
            return new PublicListingDto(c.mentorshipId, c.publiclyListed, c.listingChangedAt);
        }
    }

    /** One graduate as the Letter of Completion names her: nothing beyond what the letter and its verification show. */
    public record GraduateDto(
            String name,
            String projectTitle,
            String organization,
            String termName,
            String workProductUrl,
            String verificationUrl) {
        static GraduateDto of(Certificate c) {
            return new GraduateDto(
                    c.menteeName, c.projectTitle, c.organization, c.termName, c.workProductUrl, c.verificationUrl);
        }
    }

    /** A page of graduates (for the OpenAPI document). */
    public record GraduatePage(java.util.List<GraduateDto> items, int page, int size, long total) {}

    static final String LISTING_BODY = """
            {"listed":true}""";
    static final String LISTING = """
            {"mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e","listed":true,"changedAt":"2026-06-02T09:00:00Z"}""";
    static final String PAGE = """
            {"items":[{"name":"Ana Okafor","projectTitle":"Add structured logging",
              "organization":"Cloud Native Storage Foundation","termName":"Spring 2026",
              "workProductUrl":"https://github.com/cnsf/storage/pulls?q=author:ana-okafor",
              "verificationUrl":"https://mentorship.example.org/api/v1/certificates/verify/7KQ2-M9XD-4RTA-JH3C"}],
             "page":0,"size":20,"total":1}""";
    static final String NOT_FOUND = """
            {"type":"https://mentorship.example.org/problems/not-found","title":"Not found","status":404,
             "detail":"Completion record of mentorship 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e does not exist"}""";
    static final String FORBIDDEN = """
            {"type":"https://mentorship.example.org/problems/forbidden","title":"Forbidden","status":403,
             "detail":"Only the mentee of mentorship 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e decides this"}""";
    static final String BAD_REQUEST = """
            {"type":"https://mentorship.example.org/problems/validation-failed","title":"Invalid request","status":400,
             "detail":"termId: must not be null"}""";
}
