package org.loyaltyhub.adapter.rest.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.AuthenticateApiUserUseCase;

/** Knows one API user: till {@value #USERNAME} of org 7, whose client sends md5hex({@value #PASSWORD}). */
public final class StubAuthenticateApiUser implements AuthenticateApiUserUseCase {
    public static final String USERNAME = "till.mumbai";
    public static final String PASSWORD = "s3cret";
    public static final ApiCaller CALLER = new ApiCaller(USERNAME, TestCustomers.ORG_ID, "till.mumbai", "store.mumbai");

    private volatile String lastThread;

    @Override
    public Optional<ApiCaller> authenticate(String username, String secret) {
        lastThread = Thread.currentThread().getName();
        return USERNAME.equals(username) && md5Hex(PASSWORD).equals(secret) ? Optional.of(CALLER) : Optional.empty();
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
