package org.loyaltyhub.adapter.rest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.loyaltyhub.application.port.out.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database cannot be reached: 503 in the envelope, wherever the request was when it found out (the
 * Basic login check, a lookup, a write). Chosen over {@link UnexpectedErrorHandler} because Micronaut picks
 * the handler of the closest exception type. One warning line per request, without the stack trace: during
 * an outage every request fails the same way, and the cause is what an operator needs.
 */
@Singleton
final class StorageUnavailableHandler
        implements ExceptionHandler<StorageUnavailableException, HttpResponse<StatusEnvelope>> {
    private static final Logger LOG = LoggerFactory.getLogger(StorageUnavailableHandler.class);

    @Override
    public HttpResponse<StatusEnvelope> handle(HttpRequest request, StorageUnavailableException exception) {
        LOG.warn("Request {} {} {} answered 503: {} ({})", RequestIdFilter.requestIdOf(request),
                request.getMethodName(), request.getPath(), exception.getMessage(), rootCause(exception));
        return HttpResponse.<StatusEnvelope>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(StatusEnvelope.failure(503, StatusMessages.STORAGE_UNAVAILABLE));
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + ": " + message;
    }
}
