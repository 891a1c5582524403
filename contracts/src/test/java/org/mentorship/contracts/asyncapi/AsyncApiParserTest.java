package org.mentorship.contracts.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The document the build wrote (target/asyncapi/asyncapi.json) passes the official AsyncAPI parser
 * ({@code @asyncapi/parser}, pinned in src/test/asyncapi-parser/package-lock.json): it validates the document
 * against the AsyncAPI 3.0 JSON Schema ({@code @asyncapi/specs}) and applies its own rules (references resolve,
 * operations' messages belong to their channel, ...). The parser is installed with {@code npm ci} into
 * target/asyncapi-parser, never globally. Without node on the PATH the test is skipped, saying so.
 */
class AsyncApiParserTest {

    private static final Path MODULE =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path SOURCES = MODULE.resolve("src/test/asyncapi-parser");
    private static final Path WORK = MODULE.resolve("target/asyncapi-parser");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "validate.mjs");

    @Test
    void theOfficialParserReportsNoError() throws Exception {
        Path document = MODULE.resolve("target/asyncapi/asyncapi.json");
        assertTrue(
                Files.isRegularFile(document),
                "the build writes " + document + " (exec-maven-plugin, process-classes)");
        if (!works("node", "--version") || !works("npm", "--version")) {
            String why = "node/npm not found on the PATH: the AsyncAPI parser check of " + document + " is SKIPPED";
            System.out.println(why);
            Assumptions.abort(why);
        }
        install();
        Run check = run(WORK, 120, "node", "validate.mjs", document.toString());
        System.out.println(check.output());
        assertEquals(0, check.exit(), "the AsyncAPI parser refuses " + document + ":\n" + check.output());
        assertTrue(check.output().contains(": 0 errors"), check.output());
    }

    /** npm ci from the committed lock file; again only when the lock file changed since the last install. */
    private static void install() throws Exception {
        Files.createDirectories(WORK);
        Path installedLock = WORK.resolve("node_modules/.installed-from-lock.json");
        String lock = Files.readString(SOURCES.resolve("package-lock.json"));
        boolean current = Files.isRegularFile(installedLock)
                && Files.readString(installedLock).equals(lock);
        for (String file : FILES) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (current) {
            return;
        }
        // --ignore-scripts: nothing needs building, and a dependency's install script (telemetry) has no place here.
        Run ci = run(WORK, 600, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
        assertEquals(0, ci.exit(), "npm ci of the AsyncAPI parser failed (network? registry?):\n" + ci.output());
        Files.writeString(installedLock, lock);
    }

    private static boolean works(String... command) {
        try {
            return run(MODULE, 30, command).exit() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private record Run(int exit, String output) {}

    private static Run run(Path dir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("asyncapi-parser", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Run(-1, "timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
