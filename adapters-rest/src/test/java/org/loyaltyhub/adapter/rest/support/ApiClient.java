package org.loyaltyhub.adapter.rest.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;

/** Calls the embedded server and hands back status, headers and the body both raw and as a JSON tree. */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;

    public ApiClient(HttpClient client) {
        this.client = client;
    }

    public static String basic(String username, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** The header a correctly configured client sends. */
    public static String validAuthorization() {
        return basic(StubAuthenticateApiUser.USERNAME, StubAuthenticateApiUser.md5Hex(StubAuthenticateApiUser.PASSWORD));
    }

    public Answer get(String uri) {
        return send(HttpRequest.GET(uri).header(HttpHeaders.AUTHORIZATION, validAuthorization()));
    }

    /** A POST as a correctly configured client sends it. */
    public Answer post(String uri, String contentType, String body) {
        return postAs(uri, contentType, body, validAuthorization());
    }

    public Answer postJson(String uri, String body) {
        return post(uri, "application/json", body);
    }

    public Answer postXml(String uri, String body) {
        return post(uri, "application/xml", body);
    }

    /** A POST with the given credentials (none when null) and content type (none when null). */
    public Answer postAs(String uri, String contentType, String body, String authorization) {
        MutableHttpRequest<?> request = HttpRequest.POST(uri, body == null ? "" : body);
        if (contentType != null) {
            request.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return send(request);
    }

    public Answer getWithAuthorization(String uri, String authorization) {
        MutableHttpRequest<?> request = HttpRequest.GET(uri);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return send(request);
    }

    public Answer send(MutableHttpRequest<?> request) {
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException error) {
            String body = error.getResponse().getBody(String.class).orElse(null);
            return Answer.of(error.getStatus().getCode(), error.getResponse().getHeaders(), body);
        }
        return Answer.of(response.getStatus().getCode(), response.getHeaders(), response.body());
    }

    /** {@code body} is the JSON tree, or null for an answer that is not JSON (XML: read {@code rawBody}). */
    public record Answer(int httpStatus, HttpHeaders headers, String rawBody, JsonNode body) {
        public static Answer of(int httpStatus, HttpHeaders headers, String rawBody) {
            if (rawBody != null && rawBody.startsWith("<")) {
                return new Answer(httpStatus, headers, rawBody, null);
            }
            try {
                return new Answer(httpStatus, headers, rawBody, rawBody == null ? null : JSON.readTree(rawBody));
            } catch (JsonProcessingException e) {
                throw new AssertionError("body is not JSON: " + rawBody, e);
            }
        }

        public String header(String name) {
            return headers.get(name);
        }

        /** {@code response.status} of the body. */
        public JsonNode requestStatus() {
            return body.path("response").path("status");
        }

        public JsonNode customers() {
            return body.path("response").path("customers").path("customer");
        }

        public JsonNode customer(int index) {
            return customers().get(index);
        }

        /** The entries of a write answer: {@code response.<container>.<item>}. */
        public JsonNode entries(String container, String item) {
            return body.path("response").path(container).path(item);
        }
    }

    /** The names of an object's fields, in the order they were written. */
    public static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** A string as a JSON literal, quotes and escapes included. */
    public static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON in test: " + text, e);
        }
    }
}
