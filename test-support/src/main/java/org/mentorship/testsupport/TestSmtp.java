package org.mentorship.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for tests, once per test JVM, whose received messages tests can read.
 * Register {@link Resource} with {@code @QuarkusTestResource(TestSmtp.Resource.class)} to point Quarkus Mailer at it.
 */
public final class TestSmtp {

    private static GreenMail server;

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-smtp-stop"));
        }
        return server;
    }

    /** Every message received so far addressed to {@code recipient}. */
    public static List<MimeMessage> messagesTo(String recipient) {
        return List.of(get().getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return List.of(m.getAllRecipients()).stream()
                                .anyMatch(a -> a.toString().contains(recipient));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    /** Points Quarkus Mailer at the test SMTP server (really sending, not the mailer's mock). */
    public static class Resource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of(
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(get().getSmtp().getPort()),
                    "quarkus.mailer.from", "program@mentorship.local");
        }

        @Override
        public void stop() {
            // Shared by every test class of the JVM; stopped when the JVM exits.
        }
    }

    private TestSmtp() {}
}
