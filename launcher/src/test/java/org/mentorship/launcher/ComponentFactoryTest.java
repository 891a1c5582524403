package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each component is wired: start order, and what the services are told through their environment. */
class ComponentFactoryTest {

    @TempDir
    Path home;

    private final Ports ports = Ports.defaults().withOffset(2000);
    private ComponentFactory factory;

    @BeforeEach
    void factory() {
        factory = new ComponentFactory(
                new Layout(home.resolve("repo"), home, home.resolve("tools")), ports, List.of(), List.of(), List.of());
    }

    @Test
    void theMailServerStartsWithTheInfrastructureBeforeTheServices() {
        List<Component> components = factory.create(List.of(
                Components.GATEWAY, Components.STIPEND, Components.SMTP, Components.KAFKA, Components.POSTGRES));

        assertEquals(
                List.of("postgres", "kafka", "smtp", "stipend-service", "gateway"),
                components.stream().map(Component::name).toList());
        Component smtp = components.get(2);
        assertEquals(0, smtp.stage());
        assertEquals(1, components.get(3).stage());
        assertEquals(List.of(5025, 10025), smtp.ports());
        assertEquals(5025, smtp.port());
    }

    @Test
    void everyServiceAndTheGatewayWriteReadableTextLinesNotTheProductionJson() {
        for (String service : Components.SERVICES) {
            Map<String, String> env =
                    factory.create(List.of(service)).get(0).process().environment();
            assertEquals("false", env.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"), service);
        }
    }

    @Test
    void everyProgramServiceSendsRealMailToTheLocalServerAndHasItsClockControl() {
        for (String service : Components.PROGRAM_SERVICES) {
            Map<String, String> env =
                    factory.create(List.of(service)).get(0).process().environment();
            assertEquals("localhost", env.get("QUARKUS_MAILER_HOST"), service);
            assertEquals("5025", env.get("QUARKUS_MAILER_PORT"), service);
            assertEquals("false", env.get("QUARKUS_MAILER_MOCK"), service);
            assertEquals("program@mentorship.local", env.get("QUARKUS_MAILER_FROM"), service);
            assertEquals("DISABLED", env.get("QUARKUS_MAILER_START_TLS"), service);
            assertEquals("true", env.get("MENTORSHIP_CLOCK_CONTROL_ENABLED"), service);
        }
    }

    @Test
    void theCertificateServiceSignsWithOneLocalEd25519KeyMadeWhenItFirstStarts() throws Exception {
        Component certificates = factory.create(List.of(Components.CERTIFICATE)).get(0);
        assertFalse(Files.exists(home.resolve("keys")), "no key for status or down, only for a start");

        String key = certificates.process().environment().get("MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY");

        PrivateKey parsed = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key)));
        assertEquals("EdDSA", parsed.getAlgorithm());
        assertEquals(
                key,
                factory.create(List.of(Components.CERTIFICATE))
                        .get(0)
                        .process()
                        .environment()
                        .get("MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY"),
                "the same key on every start");
        assertEquals(
                "http://localhost:10080/api/v1/certificates/verify/",
                certificates.process().environment().get("MENTORSHIP_CERTIFICATE_VERIFY_BASE_URL"));
        assertFalse(
                factory.create(List.of(Components.STIPEND))
                        .get(0)
                        .process()
                        .environment()
                        .containsKey("MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY"),
                "only the certificate service has it");
    }

    @Test
    void everyServiceAndTheGatewayRequireTheIssuerAndAudienceTheLocalTokensCarry() {
        for (String component : Components.SERVICES) {
            Map<String, String> env =
                    factory.create(List.of(component)).get(0).process().environment();
            assertEquals(LocalTokens.ISSUER, env.get("MP_JWT_VERIFY_ISSUER"), component);
            assertEquals(LocalTokens.AUDIENCE, env.get("MP_JWT_VERIFY_AUDIENCES"), component);
        }
        String token = new LocalTokens(new Layout(home.resolve("repo"), home, home.resolve("tools")))
                .mint("cora", java.time.Duration.ofMinutes(5), "coordinator");
        String claims = new String(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"aud\":\"" + LocalTokens.AUDIENCE + "\""), claims);
    }

    @Test
    void theStipendServicePaysFromALocalIbanWithValidCheckDigitsNotTheTextbookOne() {
        String iban = factory.create(List.of(Components.STIPEND))
                .get(0)
                .process()
                .environment()
                .get("MENTORSHIP_STIPEND_DEBTOR_IBAN");

        assertTrue(iban.matches("DE[0-9]{20}"), iban);
        String rearranged = iban.substring(4) + "1314" + iban.substring(2, 4);
        assertEquals(
                1,
                new java.math.BigInteger(rearranged)
                        .mod(java.math.BigInteger.valueOf(97))
                        .intValue(),
                iban);
        assertNotEquals("DE89370400440532013000", iban);
        assertEquals(
                iban,
                factory.create(List.of(Components.STIPEND))
                        .get(0)
                        .process()
                        .environment()
                        .get("MENTORSHIP_STIPEND_DEBTOR_IBAN"),
                "the same account on every start");
    }

    @Test
    void theGatewayHasNoClockControlAndSendsNoMail() {
        Map<String, String> env =
                factory.create(List.of(Components.GATEWAY)).get(0).process().environment();

        assertFalse(env.containsKey("MENTORSHIP_CLOCK_CONTROL_ENABLED"));
        assertFalse(env.containsKey("QUARKUS_MAILER_HOST"));
        assertEquals("http://localhost:10083", env.get("MENTORSHIP_GATEWAY_SERVICES_STIPEND_URL"));
    }

    @Test
    void theMailServerListensOnLoopbackOnItsTwoPorts() {
        List<String> command =
                factory.create(List.of(Components.SMTP)).get(0).process().command();

        assertEquals(
                List.of(
                        "-Dgreenmail.smtp.hostname=127.0.0.1",
                        "-Dgreenmail.smtp.port=5025",
                        "-Dgreenmail.api.hostname=127.0.0.1",
                        "-Dgreenmail.api.port=10025"),
                command.stream()
                        .filter(arg -> arg.matches("-Dgreenmail\\.(smtp|api)\\..*"))
                        .toList());
        assertEquals(SmtpServer.MAIN_CLASS, command.get(command.size() - 1));
    }
}
