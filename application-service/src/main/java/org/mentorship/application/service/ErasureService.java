package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.ERASURE_NOT_NOW;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mentorship.application.calendar.CalendarFeeds;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.ErasureRequest;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.ErasureRequestRepository;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.platform.lock.TransactionLocks;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.person.PersonSettings;

/**
 * A person's erasure: recorded, and carried out here in the same transaction (application-service's data, the
 * person's settings and notices) with {@code PersonErased} for the other services, which carry out their part when
 * it reaches them. One request per person: asking again answers the first record and changes nothing more.
 */
@ApplicationScoped
public class ErasureService {

    /** Evaluations, stipend payments and onboarding still depend on the mentee's record while one of these lasts. */
    static final List<ApplicationStatus> MENTORSHIP_RUNNING =
            List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.ONBOARDED);

    private final ErasureRequestRepository requests;
    private final ApplicantRepository applicants;
    private final ApplicationRepository applications;
    private final Pseudonyms pseudonyms;
    private final PersonSettings settings;
    private final CalendarFeeds calendars;
    private final TransactionLocks locks;
    private final Outbox outbox;
    private final Clock clock;

    ErasureService(
            ErasureRequestRepository requests,
            ApplicantRepository applicants,
            ApplicationRepository applications,
            Pseudonyms pseudonyms,
            PersonSettings settings,
            CalendarFeeds calendars,
            TransactionLocks locks,
            Outbox outbox,
            Clock clock) {
        this.requests = requests;
        this.applicants = applicants;
        this.applications = applications;
        this.pseudonyms = pseudonyms;
        this.settings = settings;
        this.calendars = calendars;
        this.locks = locks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The person asks to be forgotten: refused (409 erasure-not-now) while their mentorship runs. */
    @Transactional
    public ErasureRequest request(String person) {
        hold(person);
        var earlier = requests.ofPerson(person);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long running = applications.count("applicantId = ?1 and status in ?2", person, MENTORSHIP_RUNNING);
        if (running > 0) {
            throw ERASURE_NOT_NOW.with("Your mentorship is still running: evaluations and payments depend on your"
                    + " record. Ask again once it has ended.");
        }
        return carryOut(ErasureRequest.of(person, ErasureRequest.Origin.PERSON, clock.instant()));
    }

    /** The retention job's erasure of an applicant never accepted; nothing when the person was erased before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean retain(String person) {
        hold(person);
        if (requests.ofPerson(person).isPresent()) {
            return false;
        }
        carryOut(ErasureRequest.of(person, ErasureRequest.Origin.RETENTION, clock.instant()));
        return true;
    }

    /** Every request, newest first. */
    public PanacheQuery<ErasureRequest> list() {
        return requests.newestFirst();
    }

    private ErasureRequest carryOut(ErasureRequest request) {
        Instant now = clock.instant();
        requests.persist(request);
        requests.flush();
        pseudonyms.apply(request.person, request.pseudonym(), now);
        settings.erase(request.person);
        calendars.erase(request.person);
        request.carriedOutAt = now;
        outbox.publish(new PersonErased(request.id, request.person, request.pseudonym(), now));
        return request;
    }

    /** One erasure of a person at a time, and none while they apply (applying locks the applicant row too). */
    private void hold(String person) {
        locks.hold("erasure:" + person);
        applicants.lock(person);
    }
}
