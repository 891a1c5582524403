package org.mentorship.application.model;

import static org.mentorship.application.problem.ApplicationProblems.HR_STEP_DONE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One HR step of an accepted mentee's onboarding (e.g. identity check), checked off by a coordinator. */
@Entity
@IdClass(HrStep.Key.class)
@Table(name = "hr_step")
public class HrStep {

    /** The step whose check-off confirms the mentee's tax form to stipend-service (TaxFormConfirmed). */
    public static final String TAX_FORM = "tax-form";

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Id
    public String step;

    @Column(nullable = false)
    public int position;

    @Column(name = "done_by")
    public String doneBy;

    @Column(name = "done_at")
    public Instant doneAt;

    public boolean isDone() {
        return doneAt != null;
    }

    /** An HR step of a new onboarding, at its place in the configured order. */
    public static HrStep toDo(UUID applicationId, String step, int position) {
        HrStep row = new HrStep();
        row.applicationId = applicationId;
        row.step = step;
        row.position = position;
        return row;
    }

    /** A coordinator checks the step off; it is checked off once. */
    public void checkOff(String by, Instant at) {
        if (isDone()) {
            throw HR_STEP_DONE.with("Step " + step + " was checked off at " + doneAt + " by " + doneBy);
        }
        doneAt = at;
        doneBy = by;
    }

    public static class Key implements Serializable {
        public UUID applicationId;
        public String step;

        public Key() {}

        public Key(UUID applicationId, String step) {
            this.applicationId = applicationId;
            this.step = step;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(applicationId, k.applicationId) && Objects.equals(step, k.step);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, step);
        }
    }
}
