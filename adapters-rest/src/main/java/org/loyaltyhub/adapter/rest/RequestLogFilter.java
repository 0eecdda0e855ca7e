package org.loyaltyhub.adapter.rest;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one INFO line per request to the logger {@value #LOGGER}, a logger of its own so operators can send
 * it elsewhere or switch it off:
 * <pre>request_id=... method=GET path=/v1.1/customer/get?mobile=***&amp;mlp=true status=200 duration_ms=12 user=demo.till</pre>
 * The request id is the one sent back in {@code X-Cap-Requestid}; identifier values in the query are masked
 * here ({@link MaskedQuery}), and the log layout masks whatever else looks personal. The duration runs until
 * the answer is ready, without writing it to the socket. The body size is not logged: JSON bodies are
 * encoded only after the filters, so knowing it would cost a second encoding.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Order(RequestLogFilter.ORDER)
public final class RequestLogFilter {
    public static final String LOGGER = "loyaltyhub.requests";
    /**
     * Right after the request id and the XML filter and before every filter that may answer on its own
     * (401, 403, limits): a filter's response side only sees answers made after it on the way in.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final String STARTED = "loyaltyhub.request-started";
    /**
     * Where the auth filter leaves the caller (auth.ApiCallerAttribute.NAME), read by name: auth already
     * depends on this package, so using ApiCallerAttribute here would make a package cycle, and its of()
     * treats a missing caller as a wiring bug while here it is normal (401, /health). RequestLogSystemTest
     * fails if the two names drift apart.
     */
    private static final String API_CALLER = "loyaltyhub.api-caller";

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long now = System.nanoTime();
        long millis = (now - request.getAttribute(STARTED, Long.class).orElse(now)) / 1_000_000;
        LOG.info("request_id={} method={} path={} status={} duration_ms={} user={}",
                RequestIdFilter.requestIdOf(request), request.getMethodName(), target(request.getUri()),
                response.code(), millis, username(request));
    }

    private static String target(URI uri) {
        String query = MaskedQuery.of(uri.getRawQuery());
        return query.isEmpty() ? uri.getRawPath() : uri.getRawPath() + "?" + query;
    }

    private static String username(HttpRequest<?> request) {
        return request.getAttribute(API_CALLER, ApiCaller.class).map(ApiCaller::username).orElse("-");
    }
}
