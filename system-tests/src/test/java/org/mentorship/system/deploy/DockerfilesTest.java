package org.mentorship.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.system.deploy.DeploymentFiles.COMPONENTS;
import static org.mentorship.system.deploy.DeploymentFiles.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks each module's src/main/docker/Dockerfile.jvm as text (no Docker engine is needed): a Java 17
 * runtime base, the fast-jar copied in Quarkus's four layers, the module's port, a non-root user and
 * a bounded heap.
 */
class DockerfilesTest {

    /** One Dockerfile instruction, continuation lines joined. */
    record Instruction(String keyword, String arguments) {}

    private static final List<String> ALLOWED_BASES =
            List.of("eclipse-temurin:17-jre", "registry.access.redhat.com/ubi9/openjdk-17-runtime");

    private static final List<String> LAYERS = List.of(
            "target/quarkus-app/lib/",
            "target/quarkus-app/*.jar",
            "target/quarkus-app/app/",
            "target/quarkus-app/quarkus/");

    private static Path root;

    @BeforeAll
    static void locate() {
        root = DeploymentFiles.root();
    }

    @Test
    void runsOnAJava17RuntimeImage() {
        for (Component c : COMPONENTS) {
            String base = finalBaseImage(dockerfile(c));
            assertTrue(
                    ALLOWED_BASES.stream().anyMatch(base::startsWith),
                    c.name() + " must run on one of " + ALLOWED_BASES + ", uses " + base);
        }
    }

    @Test
    void copiesTheFastJarInFourLayersLibrariesFirst() {
        for (Component c : COMPONENTS) {
            List<Instruction> copies = instructions(dockerfile(c)).stream()
                    .filter(i -> i.keyword().equals("COPY") || i.keyword().equals("ADD"))
                    .toList();
            int previous = -1;
            for (String layer : LAYERS) {
                int index = -1;
                for (int i = 0; i < copies.size(); i++) {
                    List<String> words = words(copies.get(i).arguments());
                    if (words.size() >= 2
                            && words.subList(0, words.size() - 1).contains(layer)
                            && words.get(words.size() - 1).startsWith("/deployments/")) {
                        index = i;
                        break;
                    }
                }
                assertTrue(index >= 0, c.name() + " does not copy " + layer + " into /deployments/");
                assertTrue(index > previous, c.name() + " copies " + layer + " out of layer order " + LAYERS);
                previous = index;
            }
        }
    }

    @Test
    void exposesItsPort() {
        for (Component c : COMPONENTS) {
            List<String> exposed = new ArrayList<>();
            instructions(dockerfile(c)).stream()
                    .filter(i -> i.keyword().equals("EXPOSE"))
                    .forEach(i -> words(i.arguments()).forEach(p -> exposed.add(p.replaceAll("/tcp$", ""))));
            assertTrue(
                    exposed.contains(String.valueOf(c.port())),
                    c.name() + " must EXPOSE " + c.port() + ", exposes " + exposed);
        }
    }

    @Test
    void runsAsANonRootUser() {
        for (Component c : COMPONENTS) {
            String user = null;
            for (Instruction i : instructions(dockerfile(c))) {
                if (i.keyword().equals("USER")) {
                    user = i.arguments().trim();
                } else if (i.keyword().equals("FROM")) {
                    user = null; // a new stage starts as its base image's user
                }
            }
            assertNotNull(user, c.name() + " sets no USER in its final stage");
            String name = user.split(":")[0];
            assertFalse(name.equals("root") || name.equals("0"), c.name() + " runs as root");
            assertTrue(
                    name.matches("\\d+"),
                    c.name() + " USER should be numeric so Kubernetes can verify runAsNonRoot: " + user);
        }
    }

    @Test
    void boundsTheHeapThroughJavaOptsAndStartsTheFastJar() {
        Pattern xmx = Pattern.compile("-Xmx(\\d+)([mMgG])");
        for (Component c : COMPONENTS) {
            String file = dockerfile(c);
            String javaOpts = null;
            for (Instruction i : instructions(file)) {
                if (i.keyword().equals("ENV")) {
                    Matcher m = Pattern.compile("JAVA_OPTS=(\"[^\"]*\"|'[^']*'|\\S+)")
                            .matcher(i.arguments());
                    if (m.find()) {
                        javaOpts = m.group(1);
                    }
                }
            }
            assertNotNull(javaOpts, c.name() + " sets no JAVA_OPTS");
            Matcher m = xmx.matcher(javaOpts);
            if (m.find()) {
                long mb = Long.parseLong(m.group(1)) * (m.group(2).equalsIgnoreCase("g") ? 1024 : 1);
                assertTrue(
                        mb >= 64 && mb <= 512,
                        c.name() + " heap should be modest (64m..512m), is -Xmx" + m.group(1) + m.group(2));
            } else {
                assertTrue(javaOpts.contains("MaxRAMPercentage"), c.name() + " JAVA_OPTS bounds no heap: " + javaOpts);
            }

            Instruction start = null;
            for (Instruction i : instructions(file)) {
                if (i.keyword().equals("ENTRYPOINT") || i.keyword().equals("CMD")) {
                    start = i;
                }
            }
            assertNotNull(start, c.name() + " has no ENTRYPOINT or CMD");
            String command = start.arguments();
            if (!command.contains("run-java.sh")) { // the UBI image's launcher reads JAVA_OPTS and JAVA_APP_JAR itself
                assertTrue(
                        command.contains("quarkus-run.jar"), c.name() + " does not start quarkus-run.jar: " + command);
                assertTrue(
                        command.contains("$JAVA_OPTS") || command.contains("${JAVA_OPTS}"),
                        c.name() + " start command ignores JAVA_OPTS: " + command);
            }
        }
    }

    // ---- helpers shared with DockerComposeTest ----

    static String finalBaseImage(String dockerfile) {
        String base = null;
        for (Instruction i : instructions(dockerfile)) {
            if (i.keyword().equals("FROM")) {
                List<String> words = new ArrayList<>(words(i.arguments()));
                words.removeIf(w -> w.startsWith("--"));
                base = words.get(0);
            }
        }
        assertNotNull(base, "no FROM instruction");
        return base;
    }

    static List<Instruction> instructions(String dockerfile) {
        List<Instruction> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : dockerfile.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("#") || line.isEmpty()) { // Docker drops both, also inside a continued line
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            String instruction = current.toString().strip();
            current.setLength(0);
            if (instruction.isEmpty()) {
                continue;
            }
            int space = instruction.indexOf(' ');
            String keyword = (space < 0 ? instruction : instruction.substring(0, space)).toUpperCase(Locale.ROOT);
            result.add(new Instruction(
                    keyword, space < 0 ? "" : instruction.substring(space + 1).strip()));
        }
        assertEquals(0, current.length(), "Dockerfile ends inside a continued line");
        return result;
    }

    private static List<String> words(String arguments) {
        List<String> words = new ArrayList<>();
        for (String w : arguments.trim().split("\\s+")) {
            if (!w.isEmpty() && !w.startsWith("--")) {
                words.add(w);
            }
        }
        return words;
    }

    private static String dockerfile(Component c) {
        return DeploymentFiles.read(root.resolve(c.name()).resolve(DeploymentFiles.DOCKERFILE));
    }
}
