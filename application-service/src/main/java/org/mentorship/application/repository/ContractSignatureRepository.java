package org.mentorship.application.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.application.model.ContractSignature;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ContractSignatureRepository implements PanacheRepositoryBase<ContractSignature, UUID> {
}
