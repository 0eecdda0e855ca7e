package org.loyaltyhub.adapter.rest.support;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.simple.SimpleHttpHeaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends a request exactly as written, headers included: for what Micronaut's client would add or fix on its
 * own, such as a missing Content-Type.
 */
public final class RawHttp {
    private final HttpClient client = HttpClient.newHttpClient();
    private final URL server;

    public RawHttp(URL server) {
        this.server = server;
    }

    public ApiClient.Answer post(String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.toString() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            SimpleHttpHeaders answerHeaders = new SimpleHttpHeaders();
            response.headers().map().forEach((name, values) -> values.forEach(v -> answerHeaders.add(name, v)));
            return ApiClient.Answer.of(response.statusCode(), answerHeaders, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The headers a client sends when it names no content type. */
    public static Map<String, String> authorizedWithoutContentType() {
        return Map.of(HttpHeaders.AUTHORIZATION, ApiClient.validAuthorization());
    }
}
