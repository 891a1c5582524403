package org.mentorship.application.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.application.model.Term;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TermRepository implements PanacheRepositoryBase<Term, UUID> {
}
