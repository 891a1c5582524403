package org.mentorship.system.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless: found at {@code MENTORSHIP_CHROMIUM} or /usr/bin/chromium, or installed from Debian's
 * packages when the build runs as root on a machine without it (as CI does). Playwright's and Puppeteer's own
 * browser downloads do not work on these machines; the Debian package does.
 */
final class Chromium {

    private static final Path DEBIAN = Path.of("/usr/bin/chromium");

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, or empty (with the reason printed) when there is none and it cannot be installed here. */
    static Optional<Chromium> find() {
        String configured = System.getenv("MENTORSHIP_CHROMIUM");
        Path binary = configured != null && !configured.isBlank() ? Path.of(configured) : DEBIAN;
        if (!Files.isExecutable(binary) && binary.equals(DEBIAN) && "root".equals(System.getProperty("user.name"))) {
            install();
        }
        if (!Files.isExecutable(binary)) {
            System.out.println("No Chromium at " + binary + ": install Debian's package chromium");
            return Optional.empty();
        }
        return Optional.of(new Chromium(binary));
    }

    private static void install() {
        System.out.println("Installing Debian's chromium (apt-get) for the browser test");
        run(List.of("apt-get", "update", "-qq"), 300);
        run(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"), 600);
    }

    private static void run(List<String> command, long timeoutSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            System.out.println("Could not run " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Loads {@code url}, lets its scripts run (and fetch) for up to {@code budgetMillis} of virtual time, and returns
     * the document as the page built it.
     */
    String renderedDom(String url, long budgetMillis) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path out = Files.createTempFile("dom", ".html");
        try {
            Process browser = new ProcessBuilder(
                            binary.toString(),
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-dev-shm-usage",
                            "--user-data-dir=" + profile,
                            "--virtual-time-budget=" + budgetMillis,
                            "--dump-dom",
                            url)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!browser.waitFor(120, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
                throw new IllegalStateException("Chromium did not finish rendering " + url + " in 120 s");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            delete(profile);
            Files.deleteIfExists(out);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
