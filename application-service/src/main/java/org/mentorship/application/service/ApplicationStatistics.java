package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.policy.ApplicationStatisticsPolicy;
import org.mentorship.application.policy.ApplicationStatisticsPolicy.Count;
import org.mentorship.application.policy.ApplicationStatisticsPolicy.OrganizationFigures;
import org.mentorship.application.policy.ApplicationStatisticsPolicy.ProjectInfo;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.platform.problem.ProblemException;

/**
 * A term's selection figures per organisation and project (ApplicationStatisticsPolicy), for coordinators (every
 * organisation, or the one asked for) and org-admins (theirs only: another one's answers no organisation).
 */
@ApplicationScoped
public class ApplicationStatistics {

    private final ApplicationRepository applications;
    private final ProjectRepository projects;
    private final TermRepository terms;
    private final Access access;

    ApplicationStatistics(
            ApplicationRepository applications, ProjectRepository projects, TermRepository terms, Access access) {
        this.applications = applications;
        this.projects = projects;
        this.terms = terms;
        this.access = access;
    }

    public List<OrganizationFigures> of(UUID termId, String organization) {
        if (terms.findByIdOptional(termId).isEmpty()) {
            throw ProblemException.notFound("Term", termId);
        }
        Set<String> organizations = access.listedOrganizations(organization);
        if (organizations != null && organizations.isEmpty()) {
            return List.of();
        }
        List<ProjectInfo> inScope = projects.ofTerm(termId, organizations).stream()
                .map(p -> new ProjectInfo(p.id, p.title, p.organization, p.slots))
                .toList();
        List<Count> counts = applications.statisticsCounts(termId, organizations).stream()
                .map(row -> new Count(
                        (UUID) row[0],
                        (ApplicationStatus) row[1],
                        ((Number) row[2]).longValue(),
                        (BigDecimal) row[3],
                        ((Number) row[4]).longValue()))
                .toList();
        return ApplicationStatisticsPolicy.compute(inScope, counts);
    }
}
