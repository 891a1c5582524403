package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.mentorship.application.model.Rubric;

@ApplicationScoped
public class RubricRepository implements PanacheRepositoryBase<Rubric, UUID> {}
