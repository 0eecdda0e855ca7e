package org.loyaltyhub.bootstrap.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.loyaltyhub.bootstrap.system.DemoServer;

/**
 * Calls one running server over HTTP and times each answer. A call that gets no answer within
 * {@link #GIVE_UP} is an answer too (status -1): the tests treat it as the hang it is.
 */
final class ApiCalls {
    static final String TILL = DemoServer.basic("demo.till", "demo123");
    static final String READER = DemoServer.basic("demo.reader", "reader123");
    static final Duration GIVE_UP = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    ApiCalls(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Answer get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(request, authorization);
    }

    Answer postJson(String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, authorization);
    }

    private Answer send(HttpRequest.Builder request, String authorization) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(GIVE_UP).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), start, System.nanoTime());
        } catch (IOException e) {
            return new Answer(-1, e.toString(), "", start, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), "", start, System.nanoTime());
        }
    }

    /** One answer: status (-1: none came), body, content type, and when the call started and ended. */
    record Answer(int status, String body, String contentType, long startNanos, long endNanos) {
        Duration took() {
            return Duration.ofNanos(endNanos - startNanos);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The request-level {@code status.code} of the envelope, JSON or XML; -1 when there is none. */
        int envelopeCode() {
            if (body == null || body.isEmpty()) {
                return -1;
            }
            if (contentType.startsWith("application/xml")) {
                int from = body.indexOf("<status>");
                int code = body.indexOf("<code>", from);
                return from < 0 || code < 0 ? -1
                        : Integer.parseInt(body.substring(code + "<code>".length(), body.indexOf("</code>", code)));
            }
            JsonNode code = json().path("response").path("status").path("code");
            return code.isNumber() ? code.asInt() : -1;
        }

        /** The item code of the first entry of a write answer ({@code response.<container>.<item>[0]}). */
        String itemCode(String container, String item) {
            return json().path("response").path(container).path(item).path(0).path("item_status").path("code").asText();
        }

        @Override
        public String toString() {
            return status + " after " + took().toMillis() + " ms: " + body;
        }
    }
}
