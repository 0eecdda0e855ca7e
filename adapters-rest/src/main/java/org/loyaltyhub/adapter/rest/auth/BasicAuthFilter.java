package org.loyaltyhub.adapter.rest.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.StatusEnvelope;
import org.loyaltyhub.adapter.rest.StatusMessages;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.AuthenticateApiUserUseCase;

/**
 * Lets a request into {@code /v1.1} only with valid Basic credentials, and records who the caller is.
 * Missing, malformed and wrong credentials all get the same 401, so an answer never tells whether a
 * username exists.
 */
@ServerFilter("/v1.1/**")
@Order(BasicAuthFilter.ORDER)
public final class BasicAuthFilter {
    /** After the request id and the XML filter, so their response sides also see a 401; before access checks. */
    public static final int ORDER = 100;

    private final AuthenticateApiUserUseCase authenticateApiUser;

    public BasicAuthFilter(AuthenticateApiUserUseCase authenticateApiUser) {
        this.authenticateApiUser = authenticateApiUser;
    }

    /** Off the event loop: checking a secret is a deliberately slow hash, and may read the database. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<StatusEnvelope> authenticate(HttpRequest<?> request) {
        Optional<ApiCaller> caller = BasicCredentials.parse(request.getHeaders().get(HttpHeaders.AUTHORIZATION))
                .flatMap(credentials -> authenticateApiUser.authenticate(credentials.username(), credentials.secret()));
        if (caller.isEmpty()) {
            return HttpResponse.<StatusEnvelope>unauthorized()
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"LoyaltyHub\"")
                    .body(StatusEnvelope.failure(401, StatusMessages.BAD_CREDENTIALS));
        }
        ApiCallerAttribute.set(request, caller.get());
        return null;
    }
}
