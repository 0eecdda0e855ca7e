package org.loyaltyhub.domain.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A slow salted hash (PBKDF2-HMAC-SHA256, the JDK's own) of the secret a client sends. Capillary
 * clients send {@code md5hex(password)}, so that MD5 hex is the secret hashed here: the plain
 * password is never seen, and the MD5 alone, if it leaked from a client, is not what is stored.
 * Stored form: {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}.
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
    public static final int DEFAULT_ITERATIONS = 310_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHash {
        if (iterations < 10_000) {
            throw new IllegalArgumentException("too few PBKDF2 iterations to be slow: " + iterations);
        }
        if (salt == null || salt.length < 16) {
            throw new IllegalArgumentException("salt must be at least 16 bytes");
        }
        if (hash == null || hash.length != 32) {
            throw new IllegalArgumentException("hash must be 32 bytes");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    public static PasswordHash of(String secret) {
        return of(secret, DEFAULT_ITERATIONS);
    }

    public static PasswordHash of(String secret, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(secret, salt, iterations));
    }

    public static PasswordHash parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a stored password hash");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new PasswordHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
    }

    /** Constant-time comparison, so timing tells nothing about how close a guess was. */
    public boolean matches(String secret) {
        return secret != null && MessageDigest.isEqual(hash, derive(secret, salt, iterations));
    }

    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash other && other.encoded().equals(encoded());
    }

    @Override
    public int hashCode() {
        return encoded().hashCode();
    }

    @Override
    public String toString() {
        return "PasswordHash[" + PREFIX + ", " + iterations + " iterations]";
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
