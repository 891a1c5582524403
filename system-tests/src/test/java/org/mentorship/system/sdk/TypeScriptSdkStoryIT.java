package org.mentorship.system.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mentorship.launcher.ClockReading;
import org.mentorship.launcher.LocalSystem;
import org.mentorship.system.flow.SharedSystem;

/**
 * A frontend team's view: the TypeScript SDK generated from the merged OpenAPI document (clients/typescript, built
 * with tsc --strict by the build) drives a short story against the running system through the gateway, with
 * nothing but the SDK: apply, approve the prerequisite, accept, onboard, evaluations PASS, the payment visible, the
 * certificate verified. Every response is typed by the SDK; the program fails on any unexpected answer.
 * <p>
 * The program clock is not part of the public API (each service has its own, not routed by the gateway), so the
 * program asks this test to move it: it prints {@code [clock] advance <ISO duration>} and waits for a line on stdin.
 * <p>
 * On the {@link SharedSystem}: its term, project and users carry a per-run suffix, it answers whichever survey is
 * current and reads its dates from the program clock, so neither the clock moves nor the data of the other ITs change
 * its story. It moves the
 * clock (67 days), so it runs after the ITs that date their data by the real clock ({@code @Order}).
 */
@Order(4)
class TypeScriptSdkStoryIT {

    private static final Path SDK = Path.of(System.getProperty("mentorship.root", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("clients/typescript");
    private static LocalSystem system;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(
                Files.isRegularFile(SDK.resolve("dist/story/story.js")),
                "the TypeScript SDK was not built (no node on this machine, or -DskipTests): " + SDK
                        + "/dist is missing");
        system = SharedSystem.acquire().system;
    }

    @Test
    void theStoryRunsThroughTheSdk() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ProcessBuilder builder = new ProcessBuilder("node", "dist/story/story.js")
                .directory(SDK.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("GATEWAY_URL", system.gatewayUrl());
        env.put("STORY_RUN", run);
        env.put("STORY_NOW", now().toString());
        env.put("TOKEN_COORDINATOR", system.token("cora", "coordinator"));
        env.put("TOKEN_FINANCE", system.token("fiona", "finance"));
        env.put("TOKEN_MENTOR", system.token("sdk-mentor-" + run, "mentor"));
        env.put("TOKEN_MENTEE", system.token("sdk-mentee-" + run, "mentee"));
        env.put("MENTOR_ID", "sdk-mentor-" + run);
        Process story = builder.start();
        // A program stuck on a call must not hold the build: its output ends when it is killed.
        Thread watchdog = new Thread(
                () -> {
                    try {
                        if (!story.waitFor(10, TimeUnit.MINUTES)) {
                            story.destroyForcibly();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "sdk-story-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(story.getInputStream(), StandardCharsets.UTF_8));
                Writer in = new OutputStreamWriter(story.getOutputStream(), StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("[sdk-story] " + line);
                lines.add(line);
                if (line.startsWith("[clock] advance ")) {
                    system.advanceClock(Duration.parse(
                            line.substring("[clock] advance ".length()).trim()));
                    in.write(now() + "\n");
                    in.flush();
                }
            }
        } catch (IOException e) {
            story.destroyForcibly();
            throw e;
        }
        assertThat(story.waitFor(1, TimeUnit.MINUTES)).as("the story ended").isTrue();
        assertThat(story.exitValue())
                .as("the TypeScript story's exit code; its output:\n" + String.join("\n", lines))
                .isZero();
        assertThat(lines).anyMatch(l -> l.startsWith("[story] certificate verified"));
    }

    private static java.time.Instant now() {
        return system.clock().stream()
                .filter(r -> r.service().startsWith("application"))
                .map(ClockReading::now)
                .findFirst()
                .orElseThrow();
    }
}
