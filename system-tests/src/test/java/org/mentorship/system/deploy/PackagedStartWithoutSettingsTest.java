package org.mentorship.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mentorship.system.deploy.DeploymentFiles.COMPONENTS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mentorship.system.deploy.DeploymentFiles.Component;

/**
 * Each packaged component (target/quarkus-app, as the images copy it) started with an empty environment, as a pod
 * whose ConfigMap or Secret is missing: it must refuse to start, naming every setting it lacks, instead of quietly
 * using the local run's localhost servers or sample logins (RequiredSettingsCheck in platform and the gateway).
 */
class PackagedStartWithoutSettingsTest {

    private static final List<String> SERVICE_VARIABLES = List.of(
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER",
            "MP_JWT_VERIFY_AUDIENCES",
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS",
            "QUARKUS_MAILER_HOST",
            "MENTORSHIP_PUBLIC_URL");

    private static final List<String> GATEWAY_VARIABLES = List.of(
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER",
            "MP_JWT_VERIFY_AUDIENCES",
            "MENTORSHIP_GATEWAY_SERVICES_APPLICATION_URL",
            "MENTORSHIP_GATEWAY_SERVICES_EVALUATION_URL",
            "MENTORSHIP_GATEWAY_SERVICES_STIPEND_URL",
            "MENTORSHIP_GATEWAY_SERVICES_CERTIFICATE_URL",
            "MENTORSHIP_GATEWAY_SERVICES_WEBHOOK_URL",
            "MENTORSHIP_PUBLIC_URL",
            "MENTORSHIP_ASYNCAPI_KAFKA_SERVERS");

    @Test
    void everyComponentWithoutItsSettingsRefusesToStartNamingThemAll() throws Exception {
        for (Component c : COMPONENTS) {
            Path jar = DeploymentFiles.root().resolve(c.name()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                fail(jar + " is missing: run `./mvnw package -DskipTests` first");
            }
            String output = startWithEmptyEnvironment(jar, c.name());
            String message = output.lines()
                    .filter(l -> l.startsWith("Missing required settings: "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(c.name() + " gave no settings message:\n" + output));
            for (String variable : c.hasDatabase() ? SERVICE_VARIABLES : GATEWAY_VARIABLES) {
                if (variable.equals("QUARKUS_MAILER_HOST") && c.name().equals("webhook-service")) {
                    continue; // it sends no mail (no Quarkus Mailer)
                }
                assertTrue(message.contains(variable + " ("), c.name() + " does not name " + variable + ": " + message);
            }
        }
    }

    private static String startWithEmptyEnvironment(Path jar, String name) throws IOException, InterruptedException {
        Path log = Files.createTempFile(name, ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx128m",
                            "-jar",
                            jar.toString())
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().clear();
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(name + " did not stop within 120 s without its settings:\n" + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(1, process.exitValue(), name + " exit code; output:\n" + output);
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
