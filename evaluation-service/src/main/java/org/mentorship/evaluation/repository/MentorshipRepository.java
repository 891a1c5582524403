package org.mentorship.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.MentorshipStatus;

@ApplicationScoped
public class MentorshipRepository implements PanacheRepositoryBase<Mentorship, UUID> {

    /** Locks the mentorship row: every change to its schedule or status goes one at a time. */
    public Optional<Mentorship> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The project's running (ACTIVE or EXTENDED) mentorships, locked: their mentors change one event at a time. */
    public List<Mentorship> runningOfProjectForUpdate(UUID projectId) {
        return find(
                        "projectId = ?1 and status in ?2 order by id",
                        projectId,
                        List.of(MentorshipStatus.ACTIVE, MentorshipStatus.EXTENDED))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public PanacheQuery<Mentorship> ofMentee(String menteeId) {
        return find("menteeId = ?1 order by createdAt desc", menteeId);
    }

    public PanacheQuery<Mentorship> ofMentor(String mentorId) {
        return find(
                "select m from Mentorship m join m.mentorIds mentor where mentor = ?1 order by m.createdAt desc",
                mentorId);
    }

    /**
     * A coordinator's list: every mentorship, newest first, then by id (a total order, so the pages and the CSV export,
     * which reads the same list in keyset chunks with {@link #after}, agree on it).
     */
    public PanacheQuery<Mentorship> all() {
        return findAll(NEWEST_FIRST);
    }

    /** {@link #all()} of these organisations only (null: every organisation), in the same order. */
    public PanacheQuery<Mentorship> of(Set<String> organizations) {
        if (organizations == null) {
            return all();
        }
        return find("organization in :orgs", NEWEST_FIRST, Parameters.with("orgs", organizations));
    }

    /**
     * The next {@code limit} mentorships of {@link #all()} after {@code after} in its order (from the start when it
     * is null): a keyset, so an export reads in chunks without an offset that a new mentorship would shift.
     */
    public List<Mentorship> after(Mentorship after, int limit) {
        return after(after, limit, null);
    }

    /** As {@link #after(Mentorship, int)}, of these organisations only (null: every organisation). */
    public List<Mentorship> after(Mentorship after, int limit, Set<String> organizations) {
        String scope = organizations == null ? "" : " and organization in :orgs";
        Parameters params = new Parameters();
        if (organizations != null) {
            params.and("orgs", organizations);
        }
        if (after == null) {
            return find("1 = 1" + scope, NEWEST_FIRST, params)
                    .range(0, limit - 1)
                    .list();
        }
        return find(
                        "(createdAt < :at or (createdAt = :at and id < :id))" + scope,
                        NEWEST_FIRST,
                        params.and("at", after.createdAt).and("id", after.id))
                .range(0, limit - 1)
                .list();
    }

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");
}
