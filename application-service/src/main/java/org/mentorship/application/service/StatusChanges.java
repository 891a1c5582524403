package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.HistoryEntry;
import org.mentorship.application.repository.HistoryRepository;

/**
 * Keeps every status change of an application in its history. The application itself decides which moves are allowed
 * ({@code application.accept(...)} and friends return the {@link Application.Transition} kept here).
 */
@ApplicationScoped
public class StatusChanges {

    private final HistoryRepository history;
    private final Announcements announcements;
    private final Clock clock;

    StatusChanges(HistoryRepository history, Announcements announcements, Clock clock) {
        this.history = history;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** The first entry of a new application: from nothing to its initial status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Application application, String actor, String reason) {
        write(application, null, application.status, actor, reason, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Application application, Application.Transition transition, String internalNote) {
        announcements.changed(application, transition); // before the entry: held_since precedes the entry's time
        write(application, transition.from(), transition.to(), transition.actor(), transition.reason(), internalNote);
    }

    private void write(
            Application application,
            ApplicationStatus from,
            ApplicationStatus to,
            String actor,
            String reason,
            String internalNote) {
        HistoryEntry entry = new HistoryEntry();
        entry.record(clock.instant(), actor, from, to, reason);
        entry.applicationId = application.id;
        entry.internalNote = internalNote;
        history.persist(entry);
    }
}
