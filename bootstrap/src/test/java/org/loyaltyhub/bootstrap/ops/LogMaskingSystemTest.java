package org.loyaltyhub.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.RequestIdFilter;
import org.loyaltyhub.bootstrap.system.DemoServer;

/**
 * Mobile numbers, e-mails and passwords sent in the query, the body and the headers, and quoted again in an
 * exception that reaches the log (see {@link LeakyBeans}), never appear in any line the console would write:
 * every captured event is rendered through the layout logback.xml configures. The raw events are checked to
 * hold those values, so the test fails as soon as the masking layout is taken out.
 */
class LogMaskingSystemTest {
    private static final String QUERY_MOBILE = "447700900111";
    private static final String QUERY_EMAIL = "leaky.person@example.org";
    private static final String QUERY_PASSWORD = "Query-Pw-2718";
    private static final String BODY_MOBILE = "447700900222";
    private static final String BODY_EMAIL = "body.person@example.net";
    private static final String BODY_PASSWORD = "Body-Pw-3141";
    private static final String HEADER_MOBILE = "447700900333";
    private static final String HEADER_EMAIL = "header.person@example.com";
    private static final String WRONG_PASSWORD = "Wrong-Pw-1618";

    @Test
    void noPersonalDataOrSecretReachesTheWrittenLog() throws Exception {
        Map<String, Object> properties = new HashMap<>(DemoServer.properties());
        properties.put("micronaut.server.port", -1);
        properties.put(LeakyBeans.SWITCH, "true");
        String wrongLogin = DemoServer.basic("demo.till", WRONG_PASSWORD);
        List<String> sensitive = List.of(QUERY_MOBILE, QUERY_EMAIL, QUERY_PASSWORD, BODY_MOBILE, BODY_EMAIL,
                BODY_PASSWORD, HEADER_MOBILE, HEADER_EMAIL, WRONG_PASSWORD, "demo123",
                token(OpsHttp.TILL), token(wrongLogin), "example.org", "example.net", "example.com");

        List<String> rendered;
        List<String> raw = new ArrayList<>();
        HttpResponse<String> failedLookup;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             CapturedLogs log = CapturedLogs.everything()) {
            OpsHttp http = new OpsHttp(server.getURL().toString());

            failedLookup = http.getAsTill("/v1.1/customer/get?mobile=" + QUERY_MOBILE + "&password=" + QUERY_PASSWORD);
            assertThat(failedLookup.statusCode()).isEqualTo(500);
            assertThat(http.getAsTill("/v1.1/customer/get?email=" + QUERY_EMAIL).statusCode()).isEqualTo(500);
            assertThat(http.postAsTill("/v1.1/customer/add", """
                    {"root": {"customer": [{"mobile": "%s", "email": "%s", "firstname": "Bo", "lastname": "Dy",
                      "password": "%s"}]}}""".formatted(BODY_MOBILE, BODY_EMAIL, BODY_PASSWORD)).statusCode())
                    .isEqualTo(200);
            assertThat(http.get("/v1.1/customer/get?external_id=XYPZ006", Map.of("Authorization", wrongLogin,
                    "X-Customer-Mobile", HEADER_MOBILE, "X-Customer-Email", HEADER_EMAIL)).statusCode()).isEqualTo(401);

            for (ILoggingEvent event : log.events()) {
                raw.add(event.getFormattedMessage());
                if (event.getThrowableProxy() != null) {
                    raw.add(event.getThrowableProxy().getMessage());
                }
            }
            rendered = log.rendered();
        }

        // The careless code did try to write them ...
        String rawText = String.join("\n", raw);
        assertThat(rawText).contains(QUERY_MOBILE, QUERY_EMAIL, QUERY_PASSWORD, HEADER_MOBILE, HEADER_EMAIL,
                token(wrongLogin));
        // ... but no written line holds any of them, nor anything sent in the body.
        String written = String.join("\n", rendered);
        for (String value : sensitive) {
            assertThat(written).as("the written log must not contain %s", value).doesNotContain(value);
        }
        // While what an operator needs stays readable: the request id, the route, the status, the error.
        String requestId = failedLookup.headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
        assertThat(written).contains("request_id=" + requestId + " method=GET path=/v1.1/customer/get?mobile=***"
                + "&password=*** status=500");
        assertThat(written).contains("Request " + requestId + " GET /v1.1/customer/get failed",
                "IllegalStateException: Duplicate entry '***' for key 'uq_customer_org_mobile'");
    }

    /** The base64 part of a Basic header. */
    private static String token(String authorization) {
        String token = authorization.substring("Basic ".length());
        assertThat(new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8)).startsWith("demo.till:");
        return token;
    }
}
