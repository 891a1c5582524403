package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.CallTask;
import org.mentorship.application.model.NotificationState;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.CallTaskRepository;
import org.mentorship.application.repository.NotificationRepository;
import org.mentorship.application.repository.PrerequisiteProgressRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.time.LocalTimes;

/** The caller's admissions part of the dashboard: a few indexed counts, role by role. */
@ApplicationScoped
public class SummaryService {

    private static final List<ApplicationStatus> LIVE = List.of(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.WAITLISTED,
            ApplicationStatus.ACCEPTED,
            ApplicationStatus.ONBOARDED,
            ApplicationStatus.COMPLETED);

    private final Caller caller;
    private final ApplicationRepository applications;
    private final ProjectRepository projects;
    private final PrerequisiteProgressRepository progress;
    private final CallTaskRepository callTasks;
    private final NotificationRepository notifications;
    private final ApplicationViews views;
    private final PersonSettings settings;
    private final Clock clock;

    SummaryService(
            Caller caller,
            ApplicationRepository applications,
            ProjectRepository projects,
            PrerequisiteProgressRepository progress,
            CallTaskRepository callTasks,
            NotificationRepository notifications,
            ApplicationViews views,
            PersonSettings settings,
            Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.caller = caller;
        this.applications = applications;
        this.projects = projects;
        this.progress = progress;
        this.callTasks = callTasks;
        this.notifications = notifications;
        this.views = views;
    }

    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        if (caller.is(Roles.COORDINATOR)) {
            summary.put("applicationsByStatus", applications.countByStatus(null));
            summary.put(
                    "openCallTasks",
                    callTasks.count(
                            "status = ?1 and (visibleFrom is null or visibleFrom <= ?2)",
                            CallTask.Status.OPEN,
                            clock.instant()));
            summary.put("failedEmails", notifications.countInState(NotificationState.FAILED));
        }
        if (caller.is(Roles.MENTOR)) {
            var mine = projects.idsMentoredBy(caller.userId());
            summary.put("projectsMentored", mine.size());
            summary.put("prerequisitesAwaitingReview", progress.awaitingReviewIn(mine));
        }
        if (caller.is(Roles.MENTEE)) {
            ZoneId zone = settings.zoneOf(caller.userId());
            summary.put("timeZone", zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
            // As she sees them: before the term's announcement, decisions held by its embargo do not show.
            List<ApplicationViews.View> mine =
                    applications.list("applicantId = ?1 order by submittedAt", caller.userId()).stream()
                            .map(views::asApplicantSees)
                            .toList();
            Map<ApplicationStatus, Long> byStatus = new HashMap<>();
            mine.forEach(v -> byStatus.merge(v.application().status, 1L, Long::sum));
            summary.put("applicationsByStatus", byStatus);
            List<Map<String, Object>> open = new ArrayList<>();
            for (ApplicationViews.View view : mine) {
                Application a = view.application();
                if (!LIVE.contains(a.status)) {
                    continue;
                }
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("applicationId", a.id);
                item.put("projectTitle", view.project().title);
                item.put("status", a.status);
                item.put("nextStep", view.nextStep());
                item.put("reviewEndsAt", view.term().reviewEndsAt());
                item.put("reviewEndsAtLocal", LocalTimes.local(view.term().reviewEndsAt(), zone));
                item.put("deadlineLocal", LocalTimes.local(view.nextStep().deadline(), zone));
                open.add(item);
            }
            summary.put("open", open);
        }
        return summary;
    }
}
