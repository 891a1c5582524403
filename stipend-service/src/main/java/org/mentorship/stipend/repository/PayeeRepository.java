package org.mentorship.stipend.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.stipend.model.Payee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PayeeRepository implements PanacheRepositoryBase<Payee, String> {
}
