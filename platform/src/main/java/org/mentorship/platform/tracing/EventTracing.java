package org.mentorship.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.MDC;
import org.mentorship.platform.web.RequestIds;

/**
 * Carries a request's trace and request id through an event: the outbox row keeps the W3C {@code traceparent} of the
 * transaction that wrote it and the {@code X-Request-Id}; the relay sends the row in that trace (the Kafka
 * instrumentation, {@code KafkaTelemetry}, makes the publish span and writes the {@code traceparent} header); the
 * inbox continues the trace from the header and puts the request id back in the logging context.
 *
 * <p>The propagation itself is OpenTelemetry's (the configured {@link TextMapPropagator}). What is written by hand is
 * only the storage in between (a row is sent later, by another thread, maybe by another replica, so no in-process
 * context can carry it) and the consumer's span: the consumers take a {@link ConsumerRecord} from SmallRye, whose own
 * receive span is not current while the method runs, and the inbox's transaction is the work to be measured.
 */
@ApplicationScoped
public class EventTracing {

    /** The Kafka header with the request id of the HTTP request that caused the event (the same name as in HTTP). */
    public static final String REQUEST_ID_HEADER = "x-request-id";
    /** The MDC keys Quarkus uses for the current span (so JSON log lines carry them under "mdc"). */
    static final String MDC_TRACE_ID = "traceId";

    static final String MDC_SPAN_ID = "spanId";

    private static final TextMapGetter<ConsumerRecord<?, ?>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<?, ?> record) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            record.headers().forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(ConsumerRecord<?, ?> record, String key) {
            return header(record, key);
        }
    };

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    EventTracing(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer("org.mentorship.platform");
    }

    /** The current trace as a W3C traceparent, to store with an outbox row; null when nothing is traced. */
    public String currentTraceparent() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier.get("traceparent");
    }

    /** The request id of the current log context, to store with an outbox row; null outside a request. */
    public static String currentRequestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The context an outbox row was written in (root when it has none): the relay publishes the row in it. */
    public static Context rowContext(TextMapPropagator propagator, String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return propagator.extract(Context.root(), Map.of("traceparent", traceparent), MAP);
    }

    /** The request id travels as a Kafka header beside the CloudEvent's own. */
    public static void addRequestId(ProducerRecord<String, String> record, String requestId) {
        if (requestId != null) {
            record.headers().add(REQUEST_ID_HEADER, requestId.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A consumer's handling of one record, as a span continuing the producer's trace, current until closed, with the
     * request id, trace id and span id in the logging context.
     */
    public Handling handling(String consumer, ConsumerRecord<String, String> record) {
        Context parent = propagator.extract(Context.root(), record, HEADERS);
        Span span = tracer.spanBuilder(consumer + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .startSpan();
        String messageId = header(record, "ce_id");
        if (messageId != null) {
            span.setAttribute("messaging.message.id", messageId);
        }
        return new Handling(span, span.makeCurrent(), header(record, REQUEST_ID_HEADER));
    }

    /** Ends the span and restores the logging context of the thread. */
    public static final class Handling implements AutoCloseable {

        private final Span span;
        private final Scope scope;
        private final Object previousRequestId;
        private final Object previousTraceId;
        private final Object previousSpanId;

        Handling(Span span, Scope scope, String requestId) {
            this.span = span;
            this.scope = scope;
            this.previousRequestId = MDC.get(RequestIds.MDC_KEY);
            this.previousTraceId = MDC.get(MDC_TRACE_ID);
            this.previousSpanId = MDC.get(MDC_SPAN_ID);
            put(RequestIds.MDC_KEY, requestId);
            SpanContext context = span.getSpanContext();
            if (context.isValid()) {
                put(MDC_TRACE_ID, context.getTraceId());
                put(MDC_SPAN_ID, context.getSpanId());
            }
        }

        /** The handling failed (it may be retried, or dead-lettered): the span says so. */
        public void failed(Throwable failure) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
        }

        @Override
        public void close() {
            try {
                scope.close();
                span.end();
            } finally {
                put(RequestIds.MDC_KEY, previousRequestId);
                put(MDC_TRACE_ID, previousTraceId);
                put(MDC_SPAN_ID, previousSpanId);
            }
        }

        private static void put(String key, Object value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
