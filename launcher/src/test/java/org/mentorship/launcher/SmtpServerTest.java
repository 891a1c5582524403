package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The local run's mail server: GreenMail standalone as its own JVM, mail sent over SMTP read back over its API. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SmtpServerTest {

    @TempDir
    Path home;

    private LocalSystem system;

    @AfterEach
    void stopEverything() {
        if (system != null) {
            system.stop();
        }
    }

    @Test
    void acceptsMailOverSmtpShowsItThroughTheApiAndStopsLeavingNothing() throws Exception {
        system = TestSystems.builder(home).components(Components.SMTP).build();
        long begin = System.nanoTime();
        system.start();
        System.out.printf("smtp healthy in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
        ComponentStatus status = system.status().get(0);
        assertEquals(ComponentStatus.State.HEALTHY, status.state());
        long pid = status.pid().orElseThrow();

        List<String> replies = send(
                system.smtpPort(),
                LocalSystem.MAIL_FROM,
                "alice@example.org",
                "Subject: Your application was accepted\r\nFrom: " + LocalSystem.MAIL_FROM
                        + "\r\nTo: alice@example.org\r\n\r\nWelcome to the program, Alice.\r\n");
        assertTrue(replies.stream().anyMatch(line -> line.startsWith("250")), "the message is accepted: " + replies);

        HttpResponse<String> alice = get(system.mailboxUrl("alice@example.org"));
        assertEquals(200, alice.statusCode(), alice.body());
        assertTrue(alice.body().contains("\"subject\":\"Your application was accepted\""), alice.body());
        assertTrue(alice.body().contains("Welcome to the program, Alice."), alice.body());
        assertTrue(alice.body().contains("From: " + LocalSystem.MAIL_FROM), alice.body());
        assertFalse(get(system.mailboxUrl("bob@example.org")).body().contains("Welcome"), "nothing for others");

        List<StopReport> reports = system.stop();
        assertEquals(StopOutcome.STOPPED, reports.get(0).outcome());
        assertFalse(ProcessTable.isAlive(pid), "no mail server process left");
        assertFalse(Files.exists(home.resolve("run/smtp.pid")));
        assertTrue(Net.isFree(system.smtpPort()), "SMTP port released");
        assertTrue(Net.isFree(system.ports().mailApi()), "API port released");
        assertEquals(ComponentStatus.State.STOPPED, system.status().get(0).state());
    }

    @Test
    void aMissingJarIsRefusedBeforeAnythingStarts() {
        Path emptyRepository = home.resolve("repo");
        LocalSystem missing = TestSystems.builder(home.resolve("home"))
                .repositoryRoot(emptyRepository)
                .components(Components.SMTP)
                .build();

        StartRefusedException refused = assertThrows(StartRefusedException.class, missing::start);

        assertTrue(
                refused.getMessage()
                        .contains("smtp: the mail server's jar (GreenMail standalone) is missing in "
                                + emptyRepository.toAbsolutePath().resolve("launcher/target/smtp-libs")),
                refused.getMessage());
    }

    /** A plain SMTP conversation, as Quarkus Mailer has it without TLS or authentication. */
    private static List<String> send(int port, String from, String to, String message) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            List<String> replies = new ArrayList<>();
            replies.add(reply(in));
            for (String command : List.of(
                    "HELO launcher-test",
                    "MAIL FROM:<" + from + ">",
                    "RCPT TO:<" + to + ">",
                    "DATA",
                    message + ".",
                    "QUIT")) {
                out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String reply = reply(in);
                replies.add(reply);
                assertTrue(reply != null && (reply.startsWith("2") || reply.startsWith("3")), command + " -> " + reply);
            }
            return replies;
        }
    }

    /** The last line of a reply: "250-..." lines continue it, "250 ..." ends it. */
    private static String reply(BufferedReader in) throws IOException {
        String line = in.readLine();
        while (line != null && line.length() > 3 && line.charAt(3) == '-') {
            line = in.readLine();
        }
        return line;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
