package org.mentorship.certificate.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Ed25519 with the JDK only: the derived public key is the real one, and any change of content is caught. */
class CertificateSignerTest {

    /** The test-only key of application.properties and its public key as computed by OpenSSL. */
    static final String TEST_KEY = "MC4CAQAwBQYDK2VwBCIEIKlLJ9eEuzhmvlnQmZ0Qq835aHtMhwD8g3adho1rrvvm";

    static final String OPENSSL_PUBLIC = "MCowBQYDK2VwAyEAHdKEoEuF655Gb79e0TLG8QrEo9oQ0S3l3B0QHFYIUDQ=";

    @Test
    void derivesThePublicKeyOpenSslDerives() {
        KeyPair pair = CertificateSigner.keyPair(TEST_KEY);
        assertThat(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
                .isEqualTo(OPENSSL_PUBLIC);
    }

    @Test
    void aSignatureVerifiesOnlyForTheSameContentAndKey() {
        CertificateSigner signer = signer(TEST_KEY, "k1");
        byte[] content = "{\"menteeName\":\"Ana\"}".getBytes(StandardCharsets.UTF_8);
        String signature = signer.sign(content);

        assertThat(signer.verify(content, signature, "k1")).isTrue();
        assertThat(signer.verify("{\"menteeName\":\"Anna\"}".getBytes(StandardCharsets.UTF_8), signature, "k1"))
                .isFalse();
        assertThat(signer.verify(content, signature, "k2")).as("unknown key id").isFalse();
        assertThat(signer.verify(content, "not base64!", "k1")).isFalse();
    }

    @Test
    void anotherKeysSignatureFails() {
        byte[] content = "facts".getBytes(StandardCharsets.UTF_8);
        String dev = "MC4CAQAwBQYDK2VwBCIEIHeLEEpNt1rcT332GYTFAXazJFBnfRTlzJFysDzesgOu";
        assertThat(signer(TEST_KEY, "k1").verify(content, signer(dev, "k1").sign(content), "k1"))
                .isFalse();
    }

    @Test
    void certificatesSignedBeforeAKeyRotationStillVerify() {
        byte[] content = "facts".getBytes(StandardCharsets.UTF_8);
        String oldSignature = signer(TEST_KEY, "k1").sign(content);
        String dev = "MC4CAQAwBQYDK2VwBCIEIHeLEEpNt1rcT332GYTFAXazJFBnfRTlzJFysDzesgOu";
        CertificateSigner rotated =
                new CertificateSigner(new TestConfig(dev, "k2", java.util.Map.of("k1", OPENSSL_PUBLIC)));
        assertThat(rotated.verify(content, oldSignature, "k1")).isTrue();
        assertThat(rotated.verify(content, rotated.sign(content), "k2")).isTrue();
        assertThat(rotated.verify(content, oldSignature, "k2")).isFalse();
        assertThat(signer(dev, "k2").verify(content, oldSignature, "k1"))
                .as("without the old key")
                .isFalse();
    }

    @Test
    void refusesToStartWithoutAKeyOrWithGarbage() {
        assertThatThrownBy(() -> signer(null, "k1")).hasMessageContaining("MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY");
        assertThatThrownBy(() -> signer("bm90IGEga2V5", "k1")).hasMessageContaining("not a base64 PKCS#8 Ed25519");
    }

    static CertificateSigner signer(String key, String keyId) {
        return new CertificateSigner(new TestConfig(key, keyId, java.util.Map.of()));
    }

    record TestConfig(String key, String id, java.util.Map<String, String> previous)
            implements org.mentorship.certificate.config.CertificateConfig {
        @Override
        public String verifyBaseUrl() {
            return "https://verify.example.org/";
        }

        @Override
        public Signing signing() {
            return new Signing() {
                @Override
                public java.util.Optional<String> privateKey() {
                    return java.util.Optional.ofNullable(key);
                }

                @Override
                public String keyId() {
                    return id;
                }

                @Override
                public java.util.Map<String, String> previousPublicKeys() {
                    return previous;
                }
            };
        }

        @Override
        public Mail mail() {
            return null;
        }

        @Override
        public Survey survey() {
            return null;
        }

        @Override
        public Requirements requirements() {
            return null;
        }
    }
}
