package org.loyaltyhub.bootstrap.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.loyaltyhub.bootstrap.system.DemoServer;

/** Plain HTTP calls to a test server, as a till sends them. */
final class OpsHttp {
    static final String TILL = DemoServer.basic("demo.till", "demo123");
    /** Rita John of the demo seed. */
    static final String RITA_MOBILE = "44700900999";
    static final String RITA_EMAIL = "rita.john@example.com";

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    OpsHttp(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> getAsTill(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery, Map.of("Authorization", TILL));
    }

    HttpResponse<String> postAsTill(String path, String json) throws IOException, InterruptedException {
        return client.send(postRequest(path, json), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpRequest postRequest(String path, String json) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", TILL)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    HttpClient client() {
        return client;
    }

    /** A bill for Rita that earns points. */
    static String billForRita(String number) {
        return """
                {"root": {"transaction": [{"type": "REGULAR", "number": "%s", "amount": "1200",
                  "customer": {"mobile": "%s"}}]}}""".formatted(number, RITA_MOBILE);
    }
}
