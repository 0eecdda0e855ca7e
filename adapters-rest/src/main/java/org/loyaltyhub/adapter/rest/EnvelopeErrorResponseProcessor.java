package org.loyaltyhub.adapter.rest;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Replaces Micronaut's default error body (which would echo exception messages) for every error the
 * framework answers itself: unknown route, wrong method, unreadable parameter, wrong content type (415),
 * a body over {@code micronaut.server.max-request-size} (413), unhandled failure.
 * The client gets the Capillary envelope with a fixed message for the status and nothing else.
 */
@Singleton
final class EnvelopeErrorResponseProcessor implements ErrorResponseProcessor<StatusEnvelope> {
    private final long maxRequestSize;

    EnvelopeErrorResponseProcessor(HttpServerConfiguration server) {
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<StatusEnvelope> processResponse(ErrorContext errorContext,
                                                               MutableHttpResponse<?> baseResponse) {
        if (errorContext.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<StatusEnvelope>) baseResponse;
        }
        int code = baseResponse.code();
        String message = code == 413 ? StatusMessages.tooLarge(maxRequestSize) : StatusMessages.forErrorStatus(code);
        return baseResponse
                .body(StatusEnvelope.failure(code, message))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
