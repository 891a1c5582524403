package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.mentorship.application.repository.ProjectRepository;

/**
 * The program's organisations, as its projects name them (Project.organization; no registry of its own): for a
 * coordinator every one, for an org-admin hers (also one with no project yet), each with its projects per term.
 */
@ApplicationScoped
public class OrganizationService {

    /** One term's projects of an organisation: how many, and how many of them published. */
    public record TermProjects(UUID termId, String termName, long projects, long published) {}

    public record Organization(String name, long projects, List<TermProjects> terms) {}

    private final ProjectRepository projects;
    private final Access access;

    OrganizationService(ProjectRepository projects, Access access) {
        this.projects = projects;
        this.access = access;
    }

    /** By name; {@code termId} limits the counts to one term (an org-admin's organisations stay listed). */
    public List<Organization> list(UUID termId) {
        Set<String> scope = access.listedOrganizations(null);
        Map<String, List<TermProjects>> terms = new TreeMap<>();
        if (scope != null) {
            scope.forEach(name -> terms.put(name, new ArrayList<>()));
        }
        if (scope == null || !scope.isEmpty()) {
            for (Object[] row : projects.countsByOrganizationAndTerm(scope, termId)) {
                terms.computeIfAbsent((String) row[0], n -> new ArrayList<>())
                        .add(new TermProjects(
                                (UUID) row[1],
                                (String) row[2],
                                ((Number) row[3]).longValue(),
                                ((Number) row[4]).longValue()));
            }
        }
        return terms.entrySet().stream()
                .map(e -> new Organization(
                        e.getKey(),
                        e.getValue().stream().mapToLong(TermProjects::projects).sum(),
                        List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(Organization::name))
                .toList();
    }
}
