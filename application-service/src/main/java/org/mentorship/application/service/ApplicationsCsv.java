package org.mentorship.application.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentorship.application.model.Applicant;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Term;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.platform.csv.CsvCell;

/**
 * The applications list as CSV, written as it is read (as stipend-service's payments list): a chunk at a time over a
 * keyset in the list's order, each chunk in a short read transaction of its own, so no transaction stays open while a
 * slow client reads and no more than one chunk is in memory. The filter is the list's, scoped to the caller the same
 * way ({@link ApplicationService#filter}); the columns are what a coordinator's JSON list shows of each application.
 * Every text cell goes through {@link CsvCell}.
 */
@ApplicationScoped
public class ApplicationsCsv {

    public static final String HEADER = "application_id,term_id,term_name,project_id,project_title,organization,"
            + "applicant_id,applicant_name,status,submitted_at,decided_at,decided_by,decision_reason,recommendation,"
            + "recommended_by,preference_rank,screening_verdict,eligibility_flags,average_score,review_count,"
            + "waitlisted_at,mentorship_id\n";

    static final int CHUNK = 500;

    private final ApplicationRepository applications;
    private final ProjectRepository projects;
    private final TermRepository terms;
    private final ApplicantRepository applicants;

    ApplicationsCsv(
            ApplicationRepository applications,
            ProjectRepository projects,
            TermRepository terms,
            ApplicantRepository applicants) {
        this.applications = applications;
        this.projects = projects;
        this.terms = terms;
        this.applicants = applicants;
    }

    public void write(ApplicationRepository.Filter filter, OutputStream out) throws IOException {
        write(filter, out, CHUNK);
    }

    void write(ApplicationRepository.Filter filter, OutputStream out, int chunk) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write(HEADER);
        Map<UUID, Project> projectCache = new HashMap<>();
        Map<UUID, Term> termCache = new HashMap<>();
        Application last = null;
        while (true) {
            Application after = last;
            Chunk read = QuarkusTransaction.requiringNew().call(() -> {
                List<Application> page = applications.after(filter, after, chunk);
                Map<String, Applicant> people = people(page);
                List<String> lines = page.stream()
                        .map(a -> row(
                                a,
                                termCache.computeIfAbsent(a.termId, terms::findById),
                                projectCache.computeIfAbsent(a.projectId, projects::findById),
                                people.get(a.applicantId)))
                        .toList();
                return new Chunk(lines, page.isEmpty() ? null : page.get(page.size() - 1));
            });
            for (String line : read.lines()) {
                csv.write(line);
            }
            csv.flush();
            if (read.lines().size() < chunk) {
                return;
            }
            last = read.last();
        }
    }

    /** One chunk's rows and its last application (the keyset's next start). */
    private record Chunk(List<String> lines, Application last) {}

    private Map<String, Applicant> people(List<Application> page) {
        Set<String> ids = page.stream().map(a -> a.applicantId).collect(Collectors.toSet());
        return ids.isEmpty()
                ? Map.of()
                : applicants.list("userId in ?1", ids).stream().collect(Collectors.toMap(p -> p.userId, p -> p));
    }

    static String row(Application a, Term term, Project project, Applicant applicant) {
        return String.join(
                        ",",
                        a.id.toString(),
                        a.termId.toString(),
                        CsvCell.text(term == null ? null : term.name),
                        a.projectId.toString(),
                        CsvCell.text(project == null ? null : project.title),
                        CsvCell.text(project == null ? null : project.organization),
                        CsvCell.text(a.applicantId),
                        CsvCell.text(applicant == null ? null : applicant.name),
                        a.status.name(),
                        plain(a.submittedAt),
                        plain(a.decidedAt),
                        CsvCell.text(a.decidedBy),
                        CsvCell.text(a.decisionReason),
                        plain(a.recommendation),
                        CsvCell.text(a.recommendedBy),
                        plain(a.preferenceRank),
                        plain(a.screeningVerdict),
                        CsvCell.text(String.join(" ", a.eligibilityFlags())),
                        a.averageScore == null ? "" : a.averageScore.toPlainString(),
                        String.valueOf(a.reviewCount),
                        plain(a.waitlistedAt),
                        plain(a.mentorshipId))
                + "\n";
    }

    /** Ids, enums, numbers and instants: no text a person typed, written as they are. */
    private static String plain(Object value) {
        return Objects.toString(value, "");
    }
}
