package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.application.model.ErasureRequest;

@ApplicationScoped
public class ErasureRequestRepository implements PanacheRepositoryBase<ErasureRequest, UUID> {

    public Optional<ErasureRequest> ofPerson(String person) {
        return find("person", person).firstResultOptional();
    }

    /** Newest first. */
    public PanacheQuery<ErasureRequest> newestFirst() {
        return find("order by requestedAt desc, id");
    }
}
