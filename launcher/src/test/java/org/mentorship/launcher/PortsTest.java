package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void theDocumentedDefaults() {
        Ports ports = Ports.defaults();
        assertEquals(15432, ports.postgres());
        assertEquals(19092, ports.kafka());
        assertEquals(19093, ports.kafkaController());
        assertEquals(8080, ports.of("gateway"));
        assertEquals(8081, ports.of("application"));
        assertEquals(8084, ports.of("certificate-service"));
        assertEquals(8085, ports.of("webhook"));
        assertEquals(3025, ports.of("smtp"));
        assertEquals(8025, ports.mailApi());
    }

    @Test
    void aBaseGivesAContiguousBlock() {
        Ports ports = Ports.fromBase(21000);
        assertEquals(new Ports(21005, 21006, 21007, 21001, 21002, 21003, 21004, 21000, 21008, 21009, 21010), ports);
    }

    @Test
    void theEnvironmentMovesPortsOneByOneOrAllByAnOffset() {
        Ports ports = Ports.fromEnvironment(Map.of(
                "MENTORSHIP_PG_PORT", "25432", "MENTORSHIP_KAFKA_PORT", "29092", "MENTORSHIP_PORT_OFFSET", "100"));
        assertEquals(25432, ports.postgres());
        assertEquals(29092, ports.kafka());
        assertEquals(29093, ports.kafkaController(), "the controller follows the broker");
        assertEquals(8180, ports.gateway());
        assertEquals(8181, ports.application());
        assertEquals(3125, ports.smtp());
        assertEquals(8125, ports.mailApi());
    }

    @Test
    void theMailPortsHaveTheirOwnVariables() {
        Ports ports = Ports.fromEnvironment(Map.of(
                "MENTORSHIP_SMTP_PORT", "2525", "MENTORSHIP_MAIL_UI_PORT", "9025", "MENTORSHIP_PORT_OFFSET", "2000"));
        assertEquals(2525, ports.smtp());
        assertEquals(9025, ports.mailApi());
        assertEquals(17432, ports.postgres());
    }

    @Test
    void aPortThatIsNotANumberIsAClearError() {
        LaunchException error =
                assertThrows(LaunchException.class, () -> Ports.fromEnvironment(Map.of("MENTORSHIP_PG_PORT", "five")));
        assertEquals("MENTORSHIP_PG_PORT=five is not a port number", error.getMessage());
    }
}
