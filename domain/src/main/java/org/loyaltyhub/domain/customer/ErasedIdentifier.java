package org.loyaltyhub.domain.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.loyaltyhub.domain.org.OrgId;

/**
 * What is kept of an identifier a customer had before a PII delete: only a SHA-256 of the org, the
 * identifier type and the normalised value, so a later lookup by the old value can answer "deleted"
 * without the value itself being stored anywhere.
 */
public record ErasedIdentifier(IdentifierType type, String hash) {
    public ErasedIdentifier {
        Objects.requireNonNull(type, "identifier type");
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an erased identifier is a SHA-256 hex digest");
        }
    }

    /** @param normalisedValue the value as {@link IdentifierType#normalise} gives it */
    public static ErasedIdentifier of(OrgId orgId, IdentifierType type, String normalisedValue) {
        return new ErasedIdentifier(type, hash(orgId, type, normalisedValue));
    }

    public static String hash(OrgId orgId, IdentifierType type, String normalisedValue) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (orgId.value() + ":" + type.name() + ":" + normalisedValue).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
