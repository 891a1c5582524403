package org.mentorship.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the services' mail, GreenMail standalone as its own JVM
 * ({@code java -cp smtp-libs/* com.icegreen.greenmail.standalone.GreenMailStandaloneRunner}): it accepts every
 * message, relays none, and keeps them in memory (gone at {@code down}), readable per recipient through its REST
 * API ({@code GET /api/user/<email>/messages/}; the API's own page at {@code /} documents the rest). Both listen on
 * loopback only, with authentication off: any login works, nobody else on the network can use it.
 */
final class SmtpServer implements Component {

    static final String MAIN_CLASS = "com.icegreen.greenmail.standalone.GreenMailStandaloneRunner";
    static final String READY_PATH = "/api/service/readiness";
    /** Where GreenMail answers on loopback; a fixed address, not "localhost", so it never lands on ::1 alone. */
    private static final String BIND_ADDRESS = "127.0.0.1";

    private final Layout layout;
    private final int port;
    private final int apiPort;
    private final List<String> javaOptions;

    SmtpServer(Layout layout, int port, int apiPort, List<String> javaOptions) {
        this.layout = layout;
        this.port = port;
        this.apiPort = apiPort;
        this.javaOptions = List.copyOf(javaOptions);
    }

    @Override
    public String name() {
        return Components.SMTP;
    }

    /** With PostgreSQL and Kafka: the services may send mail as soon as they start. */
    @Override
    public int stage() {
        return 0;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public List<Integer> ports() {
        return List.of(port, apiPort);
    }

    @Override
    public void checkPrerequisites() {
        LibraryJars.require(
                name(), layout.smtpLibs(), "greenmail-standalone-", "the mail server's jar (GreenMail standalone) is");
    }

    @Override
    public void prepare(Readiness readiness) {
        // Nothing: the mail store lives in memory.
    }

    @Override
    public ProcessSpec process() {
        List<String> command = JavaCommand.command(
                layout.home(),
                name(),
                javaOptions,
                List.of(
                        "-Dgreenmail.smtp.hostname=" + BIND_ADDRESS,
                        "-Dgreenmail.smtp.port=" + port,
                        "-Dgreenmail.api.hostname=" + BIND_ADDRESS,
                        "-Dgreenmail.api.port=" + apiPort,
                        // Mailboxes appear for whoever gets mail; any user and password may log in.
                        "-Dgreenmail.auth.disabled",
                        "-cp",
                        layout.smtpLibs().resolve("*").toString(),
                        MAIN_CLASS));
        return new ProcessSpec(command, Map.of(), layout.home());
    }

    @Override
    public List<String> identity() {
        return JavaCommand.identity(layout.home(), name());
    }

    @Override
    public StopSignal stopSignal() {
        return StopSignal.TERM;
    }

    @Override
    public Duration stopTimeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public void awaitReady(Readiness readiness) {
        readiness.await("port " + port + " to greet as an SMTP server", this::smtpAnswers);
        readiness.await("GET " + apiUrl() + READY_PATH + " to answer 200", this::apiAnswers);
    }

    @Override
    public boolean isHealthy() {
        try {
            return smtpAnswers() && apiAnswers();
        } catch (IOException e) {
            return false;
        }
    }

    /** The mail API's base URL, where received mail is read. */
    String apiUrl() {
        return "http://localhost:" + apiPort;
    }

    /** SMTP's "220" greeting: listening alone could be a half-started server (or another program). */
    private boolean smtpAnswers() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            socket.setSoTimeout(2000);
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String greeting = reader.readLine();
            // A polite goodbye, so the server logs no broken connection for every check.
            socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return greeting != null && greeting.startsWith("220");
        }
    }

    private boolean apiAnswers() {
        return HttpHealth.answers200(apiUrl() + READY_PATH);
    }
}
