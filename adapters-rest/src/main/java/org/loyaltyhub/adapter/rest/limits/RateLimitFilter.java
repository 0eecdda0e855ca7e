package org.loyaltyhub.adapter.rest.limits;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Duration;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.StatusEnvelope;
import org.loyaltyhub.adapter.rest.StatusMessages;
import org.loyaltyhub.adapter.rest.auth.ApiCallerAttribute;
import org.loyaltyhub.adapter.rest.auth.BasicAuthFilter;

/**
 * Answers 429 in the envelope, with {@code Retry-After} in whole seconds, once an API user has sent more than
 * {@code loyaltyhub.rate-limit.requests-per-minute} requests in its current minute (0: no limit). Runs right
 * after {@link BasicAuthFilter}, so it counts per authenticated user and a failed login never reaches it.
 */
@ServerFilter("/v1.1/**")
@Order(RateLimitFilter.ORDER)
public final class RateLimitFilter {
    static final int ORDER = BasicAuthFilter.ORDER + 5;

    private final PerUserRateLimits limits;

    RateLimitFilter(@Value("${loyaltyhub.rate-limit.requests-per-minute:600000}") int requestsPerMinute) {
        this.limits = new PerUserRateLimits(requestsPerMinute);
    }

    @RequestFilter
    @Nullable
    public HttpResponse<StatusEnvelope> limit(HttpRequest<?> request) {
        String username = ApiCallerAttribute.of(request).username();
        Optional<Duration> wait = limits.refusal(username);
        if (wait.isEmpty()) {
            return null;
        }
        long seconds = retryAfterSeconds(wait.get());
        return HttpResponse.<StatusEnvelope>status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(StatusEnvelope.failure(429, StatusMessages.tooManyRequests(username, limits.perMinute(), seconds)));
    }

    /** Rounded up, and at least 1: a client told 0 would retry at once and be refused again. */
    static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(seconds, 1);
    }
}
