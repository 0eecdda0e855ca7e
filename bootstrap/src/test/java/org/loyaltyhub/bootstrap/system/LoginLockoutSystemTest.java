package org.loyaltyhub.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Failed Basic logins over HTTP against the real service: three in a row lock a username for a short
 * while, the right password is refused with the very same 401 during the lock, an unknown username gets
 * exactly that answer too, and the lock lifts by itself.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginLockoutSystemTest implements TestPropertyProvider {
    private static final Duration LOCK = Duration.ofSeconds(3);
    private static final String RIGHT = DemoServer.basic("demo.till", "demo123");
    private static final String WRONG = DemoServer.basic("demo.till", "guess");
    private static final String UNKNOWN = DemoServer.basic("no.such.till", "demo123");

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = DemoServer.properties();
        p.put("loyaltyhub.auth.lockout.max-failures", "3");
        p.put("loyaltyhub.auth.lockout.duration", LOCK.toSeconds() + "s");
        p.put("loyaltyhub.auth.lockout.window", "1m");
        // No back-off, so the three failures can follow each other at once; the back-off has its unit tests.
        p.put("loyaltyhub.auth.lockout.backoff", "0s");
        return p;
    }

    @Test
    void threeFailuresLockTheUsernameWithTheSameAnswerAsAWrongPasswordUntilTheLockEnds() throws Exception {
        HttpResponse<String> firstFailure = get(WRONG);
        get(WRONG);
        get(WRONG);
        Instant locked = Instant.now();

        HttpResponse<String> rightPasswordWhileLocked = get(RIGHT);
        HttpResponse<String> unknownUser = get(UNKNOWN);

        assertThat(firstFailure.statusCode()).isEqualTo(401);
        assertSameAnswer(rightPasswordWhileLocked, firstFailure);
        assertSameAnswer(unknownUser, firstFailure);
        assertThat(get(DemoServer.basic("demo.reader", "reader123")).statusCode())
                .as("another API user is not locked").isEqualTo(200);

        HttpResponse<String> afterLock = pollUntilNot401(RIGHT, LOCK.multipliedBy(5));
        assertThat(afterLock.statusCode()).isEqualTo(200);
        assertThat(Duration.between(locked, Instant.now())).as("the lock held for its duration")
                .isGreaterThanOrEqualTo(LOCK.minusMillis(500));
    }

    @Test
    void aMadeUpNameAfterThreeFailuresAnswersExactlyLikeAWrongPassword() throws Exception {
        String madeUp = DemoServer.basic("made.up.till", "whatever");
        for (int i = 0; i < 3; i++) {
            assertThat(get(madeUp).statusCode()).isEqualTo(401);
        }
        // Nothing on the wire tells a locked made-up name from a wrong password: the body is the same 401.
        assertSameAnswer(get(madeUp), get(DemoServer.basic("demo.reader", "guess")));
    }

    private void assertSameAnswer(HttpResponse<String> actual, HttpResponse<String> expected) {
        assertThat(actual.statusCode()).isEqualTo(expected.statusCode());
        assertThat(actual.body()).isEqualTo(expected.body());
        assertThat(actual.headers().firstValue("WWW-Authenticate"))
                .isEqualTo(expected.headers().firstValue("WWW-Authenticate"));
        assertThat(actual.headers().firstValue("Retry-After")).isEqualTo(expected.headers().firstValue("Retry-After"));
    }

    private HttpResponse<String> pollUntilNot401(String authorization, Duration atMost) throws Exception {
        Instant giveUp = Instant.now().plus(atMost);
        HttpResponse<String> answer = get(authorization);
        while (answer.statusCode() == 401 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
            answer = get(authorization);
        }
        return answer;
    }

    private HttpResponse<String> get(String authorization) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/v1.1/customer/get?mobile=44700900999"))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
