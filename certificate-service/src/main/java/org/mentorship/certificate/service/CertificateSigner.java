package org.mentorship.certificate.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.mentorship.certificate.config.CertificateConfig;

/**
 * Signs and verifies certificate content with Ed25519 (java.security only). The private key comes from
 * configuration; the public key is derived from it, so one secret is all ops manage. A service without a key
 * refuses to start: it could not issue a verifiable certificate.
 */
@ApplicationScoped
public class CertificateSigner {

    private final String keyId;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    /** Every key a certificate may name: the current one and those of earlier rotations. */
    private final Map<String, PublicKey> verificationKeys = new HashMap<>();

    CertificateSigner(CertificateConfig config) {
        String encoded = config.signing()
                .privateKey()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("No certificate signing key is configured. Set "
                        + "MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY to a base64 PKCS#8 Ed25519 private key "
                        + "(e.g. openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)."));
        this.keyId = config.signing().keyId();
        KeyPair pair = keyPair(encoded);
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        config.signing().previousPublicKeys().forEach((id, key) -> verificationKeys.put(id, publicKey(id, key)));
        verificationKeys.put(keyId, publicKey);
    }

    /** Fails start-up at once rather than on the first certificate. */
    void check(@Observes StartupEvent startup) {
        byte[] probe = "probe".getBytes();
        if (!verify(probe, sign(probe), keyId)) {
            throw new IllegalStateException("The certificate signing key does not verify its own signature");
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The public key (X.509 SubjectPublicKeyInfo, base64), for anyone who wants to check signatures offline. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public String sign(byte[] content) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(content);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign certificate content", e);
        }
    }

    /** False for a wrong signature, an unknown key id or an unreadable signature: never throws on bad input. */
    public boolean verify(byte[] content, String signatureBase64, String signedWithKeyId) {
        PublicKey key = signedWithKeyId == null ? null : verificationKeys.get(signedWithKeyId);
        if (key == null || signatureBase64 == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(String id, String base64X509) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64X509.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Previous public key '" + id + "' is not a base64 X.509 Ed25519 key", e);
        }
    }

    /**
     * The JDK has no API from an Ed25519 private key to its public key; its key pair generator derives the public
     * key from 32 random bytes, so feeding it the private key's bytes as "random" yields the same pair.
     */
    static KeyPair keyPair(String base64Pkcs8) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8.trim())));
            byte[] seed = ((EdECPrivateKey) key)
                    .getBytes()
                    .orElseThrow(() -> new IllegalStateException("The Ed25519 key has no extractable bytes"));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            return new KeyPair(pair.getPublic(), key);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(
                    "The certificate signing key is not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    /** Returns the given seed as its only "random" bytes. */
    private static final class SeedRandom extends SecureRandom {
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
