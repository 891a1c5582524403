package org.mentorship.stipend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.mentorship.stipend.model.Payee;

@ApplicationScoped
public class PayeeRepository implements PanacheRepositoryBase<Payee, String> {}
