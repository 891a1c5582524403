package org.mentorship.stipend.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One revision of a project's stipend plan. Never updated: finance adds the next revision, and an agreement
 * keeps the revision it was created with.
 */
@Entity
@Table(name = "stipend_plan")
public class StipendPlan {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "floor_minor")
    public Long floorMinor;

    @Column(name = "cap_minor")
    public Long capMinor;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stipend_plan_installment", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("number")
    public List<PlanInstallment> installments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stipend_plan_country", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "country")
    @Column(name = "percent")
    public Map<String, Integer> countryPercents = new HashMap<>();
}
