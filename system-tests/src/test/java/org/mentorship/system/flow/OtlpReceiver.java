package org.mentorship.system.flow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

/**
 * A collector's OTLP/HTTP trace endpoint (protobuf), in the test: what the services really export, decoded with the
 * OpenTelemetry protocol's own classes. Started on a free port; the services get it as their OTLP endpoint.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** One received span: the service that sent it (resource service.name), its trace, kind and name. */
    public record ReceivedSpan(
            String service, String traceId, String spanId, String parentSpanId, Span.SpanKind kind, String name) {}

    private final HttpServer server;
    /** Not a copy-on-write list: the shared system sends every IT's spans here, tens of thousands of them. */
    private final Queue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();

    public OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    /** The base URL, e.g. http://127.0.0.1:PORT (the exporter adds /v1/traces). */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The environment that points a component's exporter here (Quarkus' OTLP exporter, OTLP/HTTP protobuf). */
    public Map<String, String> environment() {
        return Map.of(
                "QUARKUS_OTEL_SDK_DISABLED",
                "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
                endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
                "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY",
                "200ms");
    }

    public List<ReceivedSpan> spans(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    public int received() {
        return spans.size();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource().getAttributesList().stream()
                        .filter(a -> a.getKey().equals("service.name"))
                        .map(KeyValue::getValue)
                        .map(v -> v.getStringValue())
                        .findFirst()
                        .orElse("?");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span span : scope.getSpansList()) {
                        spans.add(new ReceivedSpan(
                                service,
                                hex(span.getTraceId().toByteArray()),
                                hex(span.getSpanId().toByteArray()),
                                hex(span.getParentSpanId().toByteArray()),
                                span.getKind(),
                                span.getName()));
                    }
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        } catch (RuntimeException | IOException e) {
            System.err.println("OTLP receiver could not read an export: " + e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
