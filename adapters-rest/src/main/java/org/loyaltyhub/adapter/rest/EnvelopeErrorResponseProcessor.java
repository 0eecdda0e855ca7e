package org.loyaltyhub.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final ObjectMapper json;

    EnvelopeErrorResponseProcessor(HttpServerConfiguration server, ObjectMapper json) {
        this.maxRequestSize = server.getMaxRequestSize();
        this.json = json;
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
        StatusEnvelope envelope = StatusEnvelope.failure(code, message);
        if (ResponseFormat.of(errorContext.getRequest()) == ResponseFormat.XML) {
            // Written here, not left to XmlResponseFilter: a request refused before routing (a path whose
            // percent-encoding cannot be decoded) never passes the filters.
            MutableHttpResponse<Object> xml = (MutableHttpResponse<Object>) baseResponse;
            return (MutableHttpResponse<StatusEnvelope>) (MutableHttpResponse<?>) xml
                    .body(XmlWriter.write(json.valueToTree(envelope)))
                    .contentType(XmlResponseFilter.XML);
        }
        return baseResponse
                .body(envelope)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
