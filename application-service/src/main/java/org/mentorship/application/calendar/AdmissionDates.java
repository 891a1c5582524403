package org.mentorship.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorship.application.calendar.CalendarEntry.Status;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.ProjectSchedulePolicy;
import org.mentorship.application.service.Announcements;

/**
 * The dates of this service's own in a person's calendar, read from its tables when the feed is served: the review
 * end of each term they applied to or mentor a project in, the prerequisites due by it, and an accepted mentee's
 * project dates. SEQUENCE follows the
 * rows' versions, which only grow, so a moved review end or a withdrawn application reaches the calendar app.
 */
@ApplicationScoped
class AdmissionDates {

    private final EntityManager em;
    private final Announcements announcements;

    AdmissionDates(EntityManager em, Announcements announcements) {
        this.em = em;
        this.announcements = announcements;
    }

    List<CalendarEntry> of(String personId) {
        List<CalendarEntry> entries = new ArrayList<>();
        List<Object[]> applied = em.createQuery(
                        "select a, t, p from Application a, Term t, Project p"
                                + " where a.applicantId = :person and t.id = a.termId and p.id = a.projectId"
                                + " order by a.submittedAt, a.id",
                        Object[].class)
                .setParameter("person", personId)
                .getResultList();
        for (Object[] row : applied) {
            Application application = (Application) row[0];
            Term term = (Term) row[1];
            Project project = (Project) row[2];
            entries.add(reviewEnd(
                    term,
                    "Review of applications to " + term.name
                            + " ends: prerequisites are reviewed and decisions made until then."));
            if (!project.prerequisites.isEmpty()) {
                boolean over = application.status == ApplicationStatus.WITHDRAWN
                        || application.status == ApplicationStatus.REJECTED;
                entries.add(new CalendarEntry(
                        "prerequisites-" + application.id + "@mentorship",
                        CalendarKind.PREREQUISITES_DUE,
                        "Prerequisites due: " + project.title,
                        "The " + project.prerequisites.size() + " prerequisite task(s) of your application to "
                                + project.title + " (" + project.organization
                                + ") must be handed in and approved by the end of review.",
                        term.reviewEndsAt(),
                        null,
                        false,
                        (int) (term.version + application.version),
                        over ? Status.CANCELLED : Status.CONFIRMED));
            }
            projectDates(announcements.asApplicantSees(application), term, project)
                    .ifPresent(entries::add);
        }
        List<Term> mentored = em.createQuery(
                        "select t from Term t where t.id in"
                                + " (select p.termId from Project p join p.mentorIds m where m = :person)"
                                + " order by t.applicationsCloseAt, t.id",
                        Term.class)
                .setParameter("person", personId)
                .getResultList();
        for (Term term : mentored) {
            entries.add(reviewEnd(
                    term,
                    "Review of applications to " + term.name
                            + " ends: prerequisite reviews and recommendations for your projects are due by then."));
        }
        return entries;
    }

    /**
     * An accepted mentee's project dates (not before the term's announcement tells her she is accepted), cancelled
     * when the mentorship ended early; moved when the project's schedule moves (its version is in SEQUENCE).
     */
    private static Optional<CalendarEntry> projectDates(Application application, Term term, Project project) {
        if (!ApplicationStatus.HOLDS_SLOT.contains(application.status)) {
            return Optional.empty();
        }
        ProjectSchedulePolicy.Schedule schedule = project.schedule(term);
        return Optional.of(new CalendarEntry(
                "project-" + application.id + "@mentorship",
                CalendarKind.PROJECT_DATES,
                "Mentorship: " + project.title,
                "Your project " + project.title + " (" + project.organization + ") runs from " + schedule.startsOn()
                        + " to " + schedule.endsOn()
                        + (schedule.hours() == null ? "." : ", about " + schedule.hours() + " hours in all."),
                schedule.startsOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
                schedule.endsOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
                false,
                (int) (term.version + project.version + application.version),
                application.status == ApplicationStatus.ENDED ? Status.CANCELLED : Status.CONFIRMED));
    }

    private static CalendarEntry reviewEnd(Term term, String description) {
        return new CalendarEntry(
                "review-" + term.id + "@mentorship",
                CalendarKind.REVIEW_END,
                "Review ends: " + term.name,
                description,
                term.reviewEndsAt(),
                null,
                false,
                (int) term.version,
                Status.CONFIRMED);
    }
}
