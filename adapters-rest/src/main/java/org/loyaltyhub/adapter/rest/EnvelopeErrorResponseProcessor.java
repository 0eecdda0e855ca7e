package org.loyaltyhub.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Replaces Micronaut's default error body (which would echo exception messages) for every error the
 * framework answers itself: unknown route, wrong method, unreadable parameter, wrong content type (415),
 * a body over {@code micronaut.server.max-request-size} (413), a request line or headers too long for Netty
 * (414, 431), unhandled failure.
 * The client gets the Capillary envelope with a fixed message for the status and nothing else.
 */
@Singleton
final class EnvelopeErrorResponseProcessor implements ErrorResponseProcessor<StatusEnvelope> {
    private final long maxRequestSize;
    private final int maxInitialLineLength;
    private final int maxHeaderSize;
    private final ObjectMapper json;

    EnvelopeErrorResponseProcessor(NettyHttpServerConfiguration server, ObjectMapper json) {
        this.maxRequestSize = server.getMaxRequestSize();
        this.maxInitialLineLength = server.getMaxInitialLineLength();
        this.maxHeaderSize = server.getMaxHeaderSize();
        this.json = json;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<StatusEnvelope> processResponse(ErrorContext errorContext,
                                                               MutableHttpResponse<?> baseResponse) {
        if (errorContext.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<StatusEnvelope>) baseResponse;
        }
        MutableHttpResponse<?> response = baseResponse;
        Optional<HttpStatus> oversizedHead = baseResponse.code() == 413
                ? OversizedRequestHead.statusOf(errorContext.getRequest()) : Optional.empty();
        if (oversizedHead.isPresent()) {
            // Netty has given up on the rest of this connection's bytes: the client must open a new one. No
            // filter runs for a request Netty could not read, so the request id is stamped here.
            response = response.status(oversizedHead.get())
                    .header(HttpHeaders.CONNECTION, "close")
                    .header(RequestIdFilter.HEADER, RequestIdFilter.requestIdOf(errorContext.getRequest()));
        }
        int code = response.code();
        String message = switch (code) {
            case 413 -> StatusMessages.tooLarge(maxRequestSize);
            case 414 -> StatusMessages.uriTooLong(maxInitialLineLength);
            case 431 -> StatusMessages.headersTooLarge(maxHeaderSize);
            default -> StatusMessages.forErrorStatus(code);
        };
        StatusEnvelope envelope = StatusEnvelope.failure(code, message);
        if (ResponseFormat.of(errorContext.getRequest()) == ResponseFormat.XML) {
            // Written here, not left to XmlResponseFilter: a request refused before routing (a path whose
            // percent-encoding cannot be decoded) never passes the filters.
            MutableHttpResponse<Object> xml = (MutableHttpResponse<Object>) response;
            return (MutableHttpResponse<StatusEnvelope>) (MutableHttpResponse<?>) xml
                    .body(XmlWriter.write(json.valueToTree(envelope)))
                    .contentType(XmlResponseFilter.XML);
        }
        return ((MutableHttpResponse<StatusEnvelope>) response)
                .body(envelope)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
