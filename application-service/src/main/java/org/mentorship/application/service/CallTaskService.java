package org.mentorship.application.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.mentorship.application.model.CallTask;
import org.mentorship.application.repository.CallTaskRepository;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.web.PageRequest;

/** Result calls coordinators owe applicants who prefer the phone. */
@ApplicationScoped
public class CallTaskService {

    private final CallTaskRepository tasks;
    private final Caller caller;
    private final Clock clock;
    private final Access access;

    CallTaskService(CallTaskRepository tasks, Caller caller, Clock clock, Access access) {
        this.tasks = tasks;
        this.caller = caller;
        this.clock = clock;
        this.access = access;
    }

    /** Coordinators all; an org-admin the calls of her organisations' applications. */
    public PanacheQuery<CallTask> list(CallTask.Status status, UUID applicationId, PageRequest page) {
        return tasks.search(
                status, applicationId, clock.instant(), access.listedOrganizations(null), page.page(), page.size());
    }

    @Transactional
    public CallTask complete(UUID id, String note) {
        Instant now = clock.instant();
        CallTask task = tasks.findByIdOptional(id)
                .filter(t -> t.isVisibleAt(now)) // held by the term's embargo: not there yet
                .orElseThrow(() -> ProblemException.notFound("Call task", id));
        access.requireRuns("Call task", id, task.applicationId); // an org-admin of another organisation: 404
        task.close(caller.userId(), now, note);
        return task;
    }
}
