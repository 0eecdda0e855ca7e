package org.loyaltyhub.adapter.rest;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the hand-written OpenAPI description of the v1.1 API (customer/get and the writes) at
 * {@code /openapi.yml}, without authentication (the Basic filter guards {@code /v1.1} only). Hand-written
 * rather than generated: the
 * Capillary wire shape (containers, strings for numbers, misspelled names) is the contract, and a file
 * kept next to the system tests says it more exactly than annotations on the DTOs would.
 */
@Controller
public class OpenApiController {
    private static final MediaType YAML = new MediaType("application/yaml;charset=UTF-8");
    private final String document;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getResourceAsStream("/api/openapi.yml")) {
            if (in == null) {
                throw new IllegalStateException("api/openapi.yml is missing from the classpath");
            }
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(uri = "/openapi.yml", produces = "application/yaml")
    public HttpResponse<String> openApi() {
        return HttpResponse.ok(document).contentType(YAML);
    }
}
