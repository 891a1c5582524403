package org.mentorship.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner's endpoint on a free local port (the JDK's HTTP server): keeps every request and answers the statuses
 * it is given in turn, the last one for ever. It checks signatures itself, by the Standard Webhooks specification
 * (not this service's code or library).
 */
public final class Receiver implements AutoCloseable {

    /** One request as received. */
    public record Received(Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();

    public Receiver(int... statuses) {
        for (int s : statuses) {
            this.statuses.add(s);
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(
                    new Received(Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
            int status;
            synchronized (this.statuses) {
                status = this.statuses.size() > 1 ? this.statuses.poll() : this.statuses.peek();
            }
            byte[] answer = (status >= 300 ? "busy, try later" : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public List<Received> received() {
        return received;
    }

    /** The request carries a valid v1 signature of its id, timestamp and body under {@code secret}. */
    public static void assertSigned(Received r, String secret) throws Exception {
        String id = r.header("webhook-id");
        String timestamp = r.header("webhook-timestamp");
        assertThat(id).isNotBlank();
        assertThat(Long.parseLong(timestamp))
                .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(300L));
        assertThat(secret).startsWith("whsec_");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        String signature = r.header("webhook-signature");
        assertThat(signature).startsWith("v1,");
        boolean matches = false;
        for (String candidate : signature.split(" ")) {
            matches |= candidate.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)));
        }
        assertThat(matches).as("signature " + signature + " verifies").isTrue();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
