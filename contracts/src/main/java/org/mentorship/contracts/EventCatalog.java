package org.mentorship.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorship.contracts.events.ApplicationAccepted;
import org.mentorship.contracts.events.ApplicationRejected;
import org.mentorship.contracts.events.ApplicationSubmitted;
import org.mentorship.contracts.events.ApplicationWithdrawn;
import org.mentorship.contracts.events.CertificateIssued;
import org.mentorship.contracts.events.CertificateRevoked;
import org.mentorship.contracts.events.CompletionRequirementsOpened;
import org.mentorship.contracts.events.EvaluationFailed;
import org.mentorship.contracts.events.EvaluationOutcomeChanged;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.MentorAssigned;
import org.mentorship.contracts.events.MentorRemoved;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.contracts.events.MentorshipStarted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.contracts.events.StipendCancelled;
import org.mentorship.contracts.events.StipendPaid;
import org.mentorship.contracts.events.StipendPaymentFailed;
import org.mentorship.contracts.events.StipendPaymentScheduled;
import org.mentorship.contracts.events.TaxFormConfirmed;

/** Every event type: its Java type, the topic it is published on and its current schema version. */
public enum EventCatalog {
    // application-service, key = application id (MenteeOnboarded: mentorship id)
    APPLICATION_SUBMITTED(ApplicationSubmitted.class, Topics.APPLICATIONS, 1),
    APPLICATION_ACCEPTED(ApplicationAccepted.class, Topics.APPLICATIONS, 1),
    APPLICATION_REJECTED(ApplicationRejected.class, Topics.APPLICATIONS, 1),
    APPLICATION_WITHDRAWN(ApplicationWithdrawn.class, Topics.APPLICATIONS, 1),
    MENTEE_ONBOARDED(MenteeOnboarded.class, Topics.APPLICATIONS, 1),
    // key = application id: checked off during onboarding, before the mentorship exists
    TAX_FORM_CONFIRMED(TaxFormConfirmed.class, Topics.APPLICATIONS, 1),
    // key = person id: application-service is where people keep their settings and ask to be forgotten
    PERSON_SETTINGS_CHANGED(PersonSettingsChanged.class, Topics.APPLICATIONS, 1),
    PERSON_ERASED(PersonErased.class, Topics.APPLICATIONS, 1),
    // key = project id: a project's mentors change (invited mentor accepted, resigned, replaced)
    MENTOR_ASSIGNED(MentorAssigned.class, Topics.APPLICATIONS, 1),
    MENTOR_REMOVED(MentorRemoved.class, Topics.APPLICATIONS, 1),

    // evaluation-service, key = mentorship id
    MENTORSHIP_STARTED(MentorshipStarted.class, Topics.EVALUATIONS, 1),
    EVALUATION_PASSED(EvaluationPassed.class, Topics.EVALUATIONS, 1),
    EVALUATION_FAILED(EvaluationFailed.class, Topics.EVALUATIONS, 1),
    EVALUATION_OUTCOME_CHANGED(EvaluationOutcomeChanged.class, Topics.EVALUATIONS, 1),
    MENTORSHIP_EXTENDED(MentorshipExtended.class, Topics.EVALUATIONS, 1),
    MENTORSHIP_COMPLETED(MentorshipCompleted.class, Topics.EVALUATIONS, 1),
    MENTORSHIP_TERMINATED(MentorshipTerminated.class, Topics.EVALUATIONS, 1),

    // stipend-service, key = mentorship id
    STIPEND_PAYMENT_SCHEDULED(StipendPaymentScheduled.class, Topics.STIPENDS, 1),
    STIPEND_PAID(StipendPaid.class, Topics.STIPENDS, 1),
    STIPEND_PAYMENT_FAILED(StipendPaymentFailed.class, Topics.STIPENDS, 1),
    STIPEND_CANCELLED(StipendCancelled.class, Topics.STIPENDS, 1),

    // certificate-service, key = mentorship id
    CERTIFICATE_ISSUED(CertificateIssued.class, Topics.CERTIFICATES, 1),
    CERTIFICATE_REVOKED(CertificateRevoked.class, Topics.CERTIFICATES, 1),
    COMPLETION_REQUIREMENTS_OPENED(CompletionRequirementsOpened.class, Topics.CERTIFICATES, 1);

    private static final Map<String, EventCatalog> BY_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventCatalog::type, Function.identity()));

    private final Class<? extends DomainEvent> javaType;
    private final String topic;
    private final int schemaVersion;

    EventCatalog(Class<? extends DomainEvent> javaType, String topic, int schemaVersion) {
        this.javaType = javaType;
        this.topic = topic;
        this.schemaVersion = schemaVersion;
    }

    public String type() {
        return javaType.getSimpleName();
    }

    public Class<? extends DomainEvent> javaType() {
        return javaType;
    }

    public String topic() {
        return topic;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** The CloudEvent's {@code dataschema}: where the gateway serves this version's schema. */
    public String dataSchema() {
        return CloudEventHeaders.dataSchema(type(), schemaVersion);
    }

    /** The {@code $id} of this version's schema, e.g. {@code urn:mentorship:events:EvaluationPassed:1}. */
    public String schemaId() {
        return CloudEventHeaders.schemaId(type(), schemaVersion);
    }

    /** Classpath location of this version's JSON Schema, e.g. {@code schemas/EvaluationPassed.v1.json}. */
    public String schemaResource() {
        return "schemas/" + type() + ".v" + schemaVersion + ".json";
    }

    /** Classpath location of this event's example data, e.g. {@code fixtures/EvaluationPassed.json}. */
    public String fixtureResource() {
        return "fixtures/" + type() + ".json";
    }

    /** The entry of a CloudEvent type; empty for an unknown or missing ({@code null}) type. */
    public static Optional<EventCatalog> ofType(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventCatalog of(DomainEvent event) {
        return ofType(event.type())
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + event.type()));
    }
}
