package org.loyaltyhub.application.service;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per username and says when a username's next attempt is to be refused without
 * checking it, following a {@link LockoutPolicy}. It is keyed by the username as sent and never asks
 * whether that user exists, so a made-up name is slowed down and locked exactly like a real one.
 *
 * <p>The counts live in this instance's memory: two instances behind a load balancer count separately, and
 * a restart forgets them. Attempts checked in parallel before the first of them fails are all counted, so
 * a burst can get at most a pool's worth of extra guesses, each still paying the slow hash.
 */
public final class LoginThrottle {
    /** Bounds the memory a flood of made-up usernames can take (about 300 bytes each). */
    static final int MAX_TRACKED = 100_000;
    /** Usernames are at most 64 characters; a longer key cannot name a real user and only costs memory. */
    private static final int MAX_KEY_LENGTH = 128;

    private final LockoutPolicy policy;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(LockoutPolicy policy) {
        this.policy = policy;
    }

    /** False while the username is backing off or locked: the attempt is refused unchecked. */
    public boolean admits(String username, Instant now) {
        if (policy.isOff()) {
            return true;
        }
        Failures known = failures.get(key(username));
        return known == null || !now.isBefore(known.refusedUntil());
    }

    public void failed(String username, Instant now) {
        if (policy.isOff()) {
            return;
        }
        String key = key(username);
        if (failures.size() >= MAX_TRACKED && !failures.containsKey(key)) {
            failures.values().removeIf(f -> f.isOver(now, policy));
            if (failures.size() >= MAX_TRACKED) {
                // Everyone tracked is still backing off or locked: a flood. The newcomer is not tracked, but
                // each of its guesses still pays the slow hash.
                return;
            }
        }
        failures.compute(key, (name, previous) -> {
            int count = previous == null || previous.isOver(now, policy) ? 1 : previous.count() + 1;
            return new Failures(count, now, now.plus(policy.refusalAfter(count)));
        });
    }

    /** A successful login starts the count again. */
    public void succeeded(String username) {
        if (!policy.isOff()) {
            failures.remove(key(username));
        }
    }

    /** How many usernames are tracked now; for tests of the memory bound. */
    int tracked() {
        return failures.size();
    }

    // Case folded so that a database with case-insensitive names cannot be guessed at under other spellings.
    private static String key(String username) {
        String folded = username.toLowerCase(Locale.ROOT);
        return folded.length() <= MAX_KEY_LENGTH ? folded : folded.substring(0, MAX_KEY_LENGTH);
    }

    private record Failures(int count, Instant lastFailure, Instant refusedUntil) {
        /** Nothing left to remember: no refusal running, and the lock is served or the last failure is old. */
        boolean isOver(Instant now, LockoutPolicy policy) {
            return !now.isBefore(refusedUntil)
                    && (count >= policy.maxFailures() || !now.isBefore(lastFailure.plus(policy.window())));
        }
    }
}
