package org.loyaltyhub.adapter.rest.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.AuthenticateApiUserUseCase;
import org.loyaltyhub.application.port.out.StorageUnavailableException;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.AccessRights;

/**
 * Knows three API users of org 7, whose clients all send md5hex({@value #PASSWORD}): till {@value #USERNAME}
 * with WRITE on everything, {@value #READ_ONLY_USERNAME} with READ on everything and {@value #NO_ACCESS_USERNAME}
 * with nothing. Logging in as {@value #UNREACHABLE_USERNAME} finds the database out of reach.
 */
public final class StubAuthenticateApiUser implements AuthenticateApiUserUseCase {
    public static final String USERNAME = "till.mumbai";
    public static final String READ_ONLY_USERNAME = "till.readonly";
    public static final String NO_ACCESS_USERNAME = "till.none";
    public static final String UNREACHABLE_USERNAME = "till.dbdown";
    public static final String PASSWORD = "s3cret";
    public static final ApiCaller CALLER = new ApiCaller(USERNAME, TestCustomers.ORG_ID, "till.mumbai", "store.mumbai");
    public static final ApiCaller READ_ONLY_CALLER = new ApiCaller(READ_ONLY_USERNAME, TestCustomers.ORG_ID,
            "till.readonly", "store.mumbai", AccessRights.READ_ONLY);
    public static final ApiCaller NO_ACCESS_CALLER = new ApiCaller(NO_ACCESS_USERNAME, TestCustomers.ORG_ID,
            "till.none", "store.mumbai", AccessRights.uniform(AccessLevel.NONE));
    private static final Map<String, ApiCaller> CALLERS = Map.of(USERNAME, CALLER, READ_ONLY_USERNAME,
            READ_ONLY_CALLER, NO_ACCESS_USERNAME, NO_ACCESS_CALLER);

    private volatile String lastThread;

    @Override
    public Optional<ApiCaller> authenticate(String username, String secret) {
        lastThread = Thread.currentThread().getName();
        if (UNREACHABLE_USERNAME.equals(username)) {
            throw new StorageUnavailableException("the database cannot be reached",
                    new SQLException("Communications link failure", "08S01"));
        }
        return md5Hex(PASSWORD).equals(secret) ? Optional.ofNullable(CALLERS.get(username)) : Optional.empty();
    }

    /** The name of the thread the last check ran on: it must not be the event loop. */
    public String lastThread() {
        return lastThread;
    }

    public static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
