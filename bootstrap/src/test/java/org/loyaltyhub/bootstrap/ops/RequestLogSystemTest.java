package org.loyaltyhub.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.RequestIdFilter;
import org.loyaltyhub.adapter.rest.RequestLogFilter;
import org.loyaltyhub.bootstrap.system.DemoServer;

/**
 * One INFO line per request on the {@code loyaltyhub.requests} logger, carrying the request id of the
 * response header, the method, the path with identifier values masked, the status, the duration and the
 * API user once authenticated: for answers from the controllers, the auth filter and the router alike.
 */
class RequestLogSystemTest {
    private static final String DURATION = "duration_ms=\\d+";

    @Test
    void everyRequestGetsExactlyOneLineWithItsRequestId() throws Exception {
        Map<String, Object> properties = new HashMap<>(DemoServer.properties());
        properties.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             CapturedLogs log = CapturedLogs.of(RequestLogFilter.LOGGER)) {
            OpsHttp http = new OpsHttp(server.getURL().toString());

            HttpResponse<String> lookup = http.getAsTill("/v1.1/customer/get?mobile=" + OpsHttp.RITA_MOBILE + "&mlp=true");
            HttpResponse<String> write = http.postAsTill("/v1.1/transaction/add", OpsHttp.billForRita("R-1"));
            HttpResponse<String> anonymous = http.get("/v1.1/customer/get?email=" + OpsHttp.RITA_EMAIL, Map.of());
            HttpResponse<String> unknown = http.getAsTill("/no/such/thing?external_id=XYPZ006");
            HttpResponse<String> scrape = http.get("/prometheus", Map.of());

            assertThat(Stream.of(lookup, write, anonymous, unknown, scrape).map(HttpResponse::statusCode).toList())
                    .containsExactly(200, 200, 401, 404, 200);
            List<ILoggingEvent> events = log.events();
            assertThat(events).hasSize(5);
            assertThat(events).allSatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.INFO);
                assertThat(event.getLoggerName()).isEqualTo("loyaltyhub.requests");
            });
            assertThat(lineOf(events, lookup)).matches(prefix(lookup)
                    + " method=GET path=/v1\\.1/customer/get\\?mobile=\\*\\*\\*&mlp=true status=200 " + DURATION
                    + " user=demo\\.till");
            assertThat(lineOf(events, write)).matches(prefix(write)
                    + " method=POST path=/v1\\.1/transaction/add status=200 " + DURATION + " user=demo\\.till");
            assertThat(lineOf(events, anonymous)).matches(prefix(anonymous)
                    + " method=GET path=/v1\\.1/customer/get\\?email=\\*\\*\\* status=401 " + DURATION + " user=-");
            assertThat(lineOf(events, unknown)).matches(prefix(unknown)
                    + " method=GET path=/no/such/thing\\?external_id=\\*\\*\\* status=404 " + DURATION + " user=-");
            assertThat(lineOf(events, scrape)).matches(prefix(scrape)
                    + " method=GET path=/prometheus status=200 " + DURATION + " user=-");
        }
    }

    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
    }

    private static String prefix(HttpResponse<String> response) {
        return "request_id=" + requestId(response);
    }

    /** The one line naming this response's request id. */
    private static String lineOf(List<ILoggingEvent> events, HttpResponse<String> response) {
        List<String> lines = events.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains("request_id=" + requestId(response) + " "))
                .toList();
        assertThat(lines).as("lines for request %s", requestId(response)).hasSize(1);
        return lines.get(0);
    }
}
