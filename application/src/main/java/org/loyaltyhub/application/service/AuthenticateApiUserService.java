package org.loyaltyhub.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.AuthenticateApiUserUseCase;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.access.ApiUser;
import org.loyaltyhub.domain.access.PasswordHash;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * Checks Basic logins against the slow salted hash. The hash is deliberately expensive (hundreds of
 * milliseconds), and every API call carries the credentials, so a successful login is remembered for
 * a short while as a SHA-256 digest of the secret: a till's next calls cost a map lookup, while a
 * guess of a wrong secret still pays the full price. Failures are never remembered as logins, but a
 * {@link LoginThrottle} counts them per username: while a username backs off or is locked, its attempts are
 * refused at once, unchecked, even with the right secret; the caller cannot tell that from a wrong secret.
 */
public final class AuthenticateApiUserService implements AuthenticateApiUserUseCase {
    private static final int MAX_REMEMBERED = 10_000;
    private static final PasswordHash UNKNOWN_USER_HASH = PasswordHash.of("no such user");

    private final UnitOfWork unitOfWork;
    private final ApiUsers apiUsers;
    private final ClockPort clock;
    private final Duration rememberFor;
    private final LoginThrottle throttle;
    private final Map<String, RememberedLogin> remembered = new ConcurrentHashMap<>();

    public AuthenticateApiUserService(UnitOfWork unitOfWork, ApiUsers apiUsers, ClockPort clock, Duration rememberFor,
                                      LoginThrottle throttle) {
        this.unitOfWork = unitOfWork;
        this.apiUsers = apiUsers;
        this.clock = clock;
        this.rememberFor = rememberFor;
        this.throttle = throttle;
    }

    /** Without throttling of failed logins. */
    public AuthenticateApiUserService(UnitOfWork unitOfWork, ApiUsers apiUsers, ClockPort clock, Duration rememberFor) {
        this(unitOfWork, apiUsers, clock, rememberFor, new LoginThrottle(LockoutPolicy.OFF));
    }

    @Override
    public Optional<ApiCaller> authenticate(String username, String secret) {
        if (username == null || username.isEmpty() || secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.now();
        if (!throttle.admits(username, now)) {
            // Answered at once, without the database or the hash: backing off must not hold a thread.
            return Optional.empty();
        }
        Optional<ApiCaller> caller = check(username, secret, now);
        if (caller.isPresent()) {
            throttle.succeeded(username);
        } else {
            throttle.failed(username, now);
        }
        return caller;
    }

    private Optional<ApiCaller> check(String username, String secret, Instant now) {
        byte[] digest = sha256(secret);
        RememberedLogin known = remembered.get(username);
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.secretDigest(), digest)) {
            return Optional.of(known.caller());
        }
        Optional<ApiUser> user = unitOfWork.read(() -> apiUsers.findByUsername(username));
        if (user.isEmpty()) {
            // Pay the same price as for a real user, so timing does not tell whether the user exists.
            UNKNOWN_USER_HASH.matches(secret);
            return Optional.empty();
        }
        if (!user.get().password().matches(secret)) {
            return Optional.empty();
        }
        ApiUser u = user.get();
        ApiCaller caller = new ApiCaller(u.username(), u.orgId(), u.tillCode(), u.storeCode(), u.rights());
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(username, new RememberedLogin(caller, digest, now.plus(rememberFor)));
        return Optional.of(caller);
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private record RememberedLogin(ApiCaller caller, byte[] secretDigest, Instant until) {
    }
}
