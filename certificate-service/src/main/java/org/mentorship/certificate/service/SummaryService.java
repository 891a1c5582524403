package org.mentorship.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.CertificateStatus;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.model.CompletionStatus;
import org.mentorship.certificate.repository.CertificateRepository;
import org.mentorship.certificate.repository.CompletionRepository;

/** The caller's part of the dashboard: a few indexed queries per role. */
@ApplicationScoped
public class SummaryService {

    private final CompletionRepository completions;
    private final CertificateRepository certificates;
    private final CompletionService completionService;

    SummaryService(
            CompletionRepository completions, CertificateRepository certificates, CompletionService completionService) {
        this.completions = completions;
        this.certificates = certificates;
        this.completionService = completionService;
    }

    /** Mentee: each of their records with what is missing, and their certificates. */
    @Transactional
    public Map<String, Object> mentee(String menteeId) {
        List<Map<String, Object>> records = completions.listByMentee(menteeId).stream()
                .map(c -> {
                    CompletionService.View v = completionService.view(c);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("mentorshipId", c.mentorshipId);
                    m.put("projectTitle", c.projectTitle);
                    m.put("status", c.status);
                    m.put("missing", v.missing());
                    m.put(
                            "surveyOpen",
                            c.status == CompletionStatus.OPEN
                                    && c.mentorshipCompleted()
                                    && v.checklist().stream()
                                            .anyMatch(r -> r.key().equals("feedback-survey") && !r.met()));
                    return m;
                })
                .toList();
        List<Map<String, Object>> letters = certificates.listByMentee(menteeId).stream()
                .map(SummaryService::letter)
                .toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("completions", records);
        out.put("certificates", letters);
        return out;
    }

    /** Mentor: their mentees' open records and what each still needs. */
    @Transactional
    public Map<String, Object> mentor(String mentorId) {
        List<Completion> open = completions.listByMentor(mentorId, CompletionStatus.OPEN);
        List<Map<String, Object>> items = open.stream()
                .map(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("mentorshipId", c.mentorshipId);
                    m.put("menteeName", c.menteeName);
                    m.put("projectTitle", c.projectTitle);
                    m.put("missing", completionService.view(c).missing());
                    return m;
                })
                .toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("openCompletions", items.size());
        out.put("mentees", items);
        return out;
    }

    /** Coordinator: counts, and the alert of records that wait for an exam or the survey after completion. */
    @Transactional
    public Map<String, Object> coordinator() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("openCompletions", completions.countByStatus(CompletionStatus.OPEN));
        out.put("certifiedCompletions", completions.countByStatus(CompletionStatus.CERTIFIED));
        out.put("closedCompletions", completions.countByStatus(CompletionStatus.CLOSED));
        out.put("waitingForExamOrSurvey", completions.countBlockedAfterCompletion());
        out.put("validCertificates", certificates.countByStatus(CertificateStatus.VALID));
        out.put("revokedCertificates", certificates.countByStatus(CertificateStatus.REVOKED));
        return out;
    }

    private static Map<String, Object> letter(Certificate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("certificateId", c.id);
        m.put("verificationCode", c.verificationCode);
        m.put("verificationUrl", c.verificationUrl);
        m.put("status", c.status);
        m.put("issuedAt", c.issuedAt);
        return m;
    }
}
