package org.mentorship.contracts;

/**
 * Header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode: the envelope attributes
 * are {@code ce_}-prefixed headers and the record value is the event's JSON {@code data}.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    /**
     * The {@code dataschema} of one version of one event type: the URL where the gateway serves its JSON Schema,
     * e.g. {@code http://localhost:8080/schemas/events/EvaluationPassed/1} (see {@link DataSchemaUrls}). Until
     * 2026-12 it was the schema's {@link #schemaId URN}; no consumer reads it (they go by {@code ce_type}), so the
     * change breaks none.
     */
    public static String dataSchema(String type, int version) {
        return DataSchemaUrls.of(type, version);
    }

    /**
     * The stable name of one version of one event type's schema, its {@code $id}, e.g.
     * {@code urn:mentorship:events:EvaluationPassed:1}: the same wherever the gateway is published.
     */
    public static String schemaId(String type, int version) {
        return "urn:mentorship:events:" + type + ":" + version;
    }

    private CloudEventHeaders() {}
}
