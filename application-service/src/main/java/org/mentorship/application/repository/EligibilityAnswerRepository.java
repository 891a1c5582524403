package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.application.model.EligibilityAnswer;

@ApplicationScoped
public class EligibilityAnswerRepository implements PanacheRepositoryBase<EligibilityAnswer, UUID> {

    public Optional<EligibilityAnswer> of(String person, UUID termId) {
        return find("person = ?1 and termId = ?2", person, termId).firstResultOptional();
    }

    /** A person's answers, oldest first (their data export). */
    public List<EligibilityAnswer> ofPerson(String person) {
        return list("person = ?1 order by answeredAt, id", person);
    }
}
