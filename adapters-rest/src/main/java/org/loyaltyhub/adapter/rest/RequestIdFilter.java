package org.loyaltyhub.adapter.rest;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.UUID;

/**
 * Gives every request an id and sends it back in {@code X-Cap-Requestid}, as Capillary does, so a
 * client's report can be matched with the server log. It runs first, so its response side runs last
 * and also stamps answers made by other filters (401) and by the error handling (404, 405, 500).
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class RequestIdFilter {
    public static final String HEADER = "X-Cap-Requestid";
    private static final String ATTRIBUTE = "loyaltyhub.request-id";

    @RequestFilter
    public void assignRequestId(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, UUID.randomUUID().toString());
    }

    @ResponseFilter
    public void sendRequestId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header(HEADER, requestIdOf(request));
    }

    /** The id of this request; one is made up if the request never went through the filter. */
    public static String requestIdOf(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            String id = UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
            return id;
        });
    }
}
