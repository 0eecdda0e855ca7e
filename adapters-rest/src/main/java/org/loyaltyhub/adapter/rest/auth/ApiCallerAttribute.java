package org.loyaltyhub.adapter.rest.auth;

import io.micronaut.http.HttpRequest;
import org.loyaltyhub.application.port.in.ApiCaller;

/** Where {@link BasicAuthFilter} leaves the authenticated caller for the controllers. */
public final class ApiCallerAttribute {
    static final String NAME = "loyaltyhub.api-caller";

    private ApiCallerAttribute() {
    }

    static void set(HttpRequest<?> request, ApiCaller caller) {
        request.setAttribute(NAME, caller);
    }

    /**
     * The caller of a request under {@code /v1.1}. Its absence means the filter did not run, which is a
     * wiring bug, not a client error.
     */
    public static ApiCaller of(HttpRequest<?> request) {
        return request.getAttribute(NAME, ApiCaller.class)
                .orElseThrow(() -> new IllegalStateException("no authenticated caller on " + request.getPath()));
    }
}
