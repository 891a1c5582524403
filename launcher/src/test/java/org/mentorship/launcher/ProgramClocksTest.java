package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./mentorship clock` and LocalSystem.advanceClock against stand-ins for the four services' clock control. */
class ProgramClocksTest {

    @TempDir
    Path home;

    private final Ports ports = Ports.findFree();
    private final List<FakeClockService> services = new ArrayList<>();

    @AfterEach
    void stopServices() {
        services.forEach(FakeClockService::close);
    }

    @Test
    void advanceMovesEveryServiceWithACoordinatorTokenOfThisHome() throws Exception {
        LocalSystem system = system();
        startServices(system);

        List<ClockReading> readings = system.advanceClock(Duration.ofDays(14));

        assertEquals(
                Components.PROGRAM_SERVICES,
                readings.stream().map(ClockReading::service).toList());
        for (ClockReading reading : readings) {
            assertEquals(Duration.ofDays(14), reading.offset(), reading.service());
            Duration ahead = Duration.between(Instant.now(), reading.now());
            assertTrue(
                    ahead.compareTo(Duration.ofDays(14).minusMinutes(1)) > 0,
                    reading.service() + " reads " + reading.now());
        }
        for (FakeClockService service : services) {
            assertEquals(List.of("{\"by\":\"PT336H\"}"), service.advanceBodies);
            assertTrue(
                    service.tokenPayloads.get(0).contains("\"groups\":[\"coordinator\"]"),
                    service.tokenPayloads.get(0));
        }
        assertEquals(
                Duration.ofDays(15),
                system.advanceClock(Duration.ofDays(1)).get(3).offset(),
                "advances add up");
    }

    @Test
    void oneServiceWithoutClockControlMovesNoClockAtAll() throws Exception {
        LocalSystem system = system();
        startServices(system);
        services.get(2).disabled();

        LaunchException refused = assertThrows(LaunchException.class, () -> system.advanceClock(Duration.ofDays(14)));

        assertTrue(
                refused.getMessage()
                        .startsWith("stipend-service: no program clock control (GET /api/v1/clock answered 404)"),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("; no clock was moved"), refused.getMessage());
        services.forEach(service -> assertEquals(Duration.ZERO, service.offset()));
    }

    @Test
    void aServiceFailingHalfwaySaysWhichClocksMoved() throws Exception {
        LocalSystem system = system();
        startServices(system);
        services.get(2).failingAdvance();

        LaunchException failed = assertThrows(LaunchException.class, () -> system.advanceClock(Duration.ofDays(14)));

        assertTrue(
                failed.getMessage().startsWith("stipend-service: answered 500 to POST /api/v1/clock/advance"),
                failed.getMessage());
        assertTrue(
                failed.getMessage()
                        .endsWith("the clocks of application-service, evaluation-service were already moved,"
                                + " the others were not"),
                failed.getMessage());
        assertEquals(
                List.of(Duration.ofDays(14), Duration.ofDays(14), Duration.ZERO, Duration.ZERO, Duration.ZERO),
                services.stream().map(FakeClockService::offset).toList());
    }

    @Test
    void aTokenOfAnotherHomeIsRefusedWithAHint() throws Exception {
        startServices(system());
        LocalSystem otherHome =
                LocalSystem.builder().home(home.resolve("other")).ports(ports).build();

        LaunchException refused = assertThrows(LaunchException.class, () -> otherHome.advanceClock(Duration.ofDays(1)));

        assertTrue(
                refused.getMessage()
                        .startsWith(String.join(", ", Components.PROGRAM_SERVICES)
                                + ": refused the coordinator token on GET /api/v1/clock (401)"),
                "one reason, said once: " + refused.getMessage());
        assertTrue(refused.getMessage().contains("is MENTORSHIP_HOME the one `up` used?"), refused.getMessage());
        services.forEach(service -> assertEquals(Duration.ZERO, service.offset()));
    }

    @Test
    void theCommandPrintsEachServicesNewTime() throws Exception {
        startServices(system());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(new String[] {"clock", "advance", "P2W"}, print(out), print(err), environment());

        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.startsWith("Program clocks moved forward by 14d:"), text);
        for (String service : Components.PROGRAM_SERVICES) {
            assertTrue(
                    text.lines()
                            .anyMatch(line -> line.matches(
                                    "  " + service + " +\\d{4}-\\d\\d-\\d\\dT\\S+Z   \\(14d ahead of real time\\)")),
                    text);
        }
        assertEquals(0, Main.run(new String[] {"clock"}, print(out), print(err), environment()));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("not in step"));
    }

    @Test
    void theCommandSaysClearlyThatNothingIsUp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(new String[] {"clock", "advance", "P14D"}, print(out), print(err), environment());

        assertEquals(1, exit);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(
                text.startsWith("Error: the system is not up: nothing listens on application-service (port "
                        + ports.application() + ")"),
                text);
        assertTrue(text.contains("Start it with ./mentorship up"), text);
        assertFalse(Files.exists(home.resolve("keys")), "no token key is made for a system that is not there");
    }

    @Test
    void durationsAreIso8601AndOnlyForward() {
        assertEquals(Duration.ofDays(14), ProgramClocks.parse("P14D"));
        assertEquals(Duration.ofDays(14), ProgramClocks.parse("p2w"));
        assertEquals(Duration.ofHours(36), ProgramClocks.parse("P1DT12H"));
        IllegalArgumentException months =
                assertThrows(IllegalArgumentException.class, () -> ProgramClocks.parse("P1M"));
        assertTrue(months.getMessage().contains("no fixed length"), months.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProgramClocks.parse("two weeks"));
        LocalSystem system = system();
        IllegalArgumentException backwards =
                assertThrows(IllegalArgumentException.class, () -> system.advanceClock(Duration.ofDays(-1)));
        assertTrue(backwards.getMessage().startsWith("The program clock only moves forward"), backwards.getMessage());
        assertEquals("1d 12h", ProgramClocks.describe(Duration.ofHours(36)));
        assertEquals("6h 30m", ProgramClocks.describe(Duration.ofMinutes(390)));
    }

    private LocalSystem system() {
        return LocalSystem.builder().home(home).ports(ports).build();
    }

    /** Makes the home's token key (as `up` does) and a stand-in on each service's port. */
    private void startServices(LocalSystem system) throws Exception {
        system.token("setup", "coordinator");
        for (String service : Components.PROGRAM_SERVICES) {
            services.add(new FakeClockService(ports.of(service), home.resolve("keys/jwt-public.pem")));
        }
    }

    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MENTORSHIP_HOME", home.toString());
        for (String service : Components.PROGRAM_SERVICES) {
            env.put(Ports.ENVIRONMENT.get(service), Integer.toString(ports.of(service)));
        }
        return env;
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
