package org.loyaltyhub.adapter.rest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last resort for failures nobody handled: the details go to the log under the request id, the client
 * gets a 500 envelope with a generic message. Micronaut's own handlers for more specific exceptions
 * (bad parameter conversion, wrong method...) still win, because handlers are chosen by the closest
 * exception type.
 */
@Singleton
final class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<StatusEnvelope>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public HttpResponse<StatusEnvelope> handle(HttpRequest request, RuntimeException exception) {
        LOG.error("Request {} {} {} failed", RequestIdFilter.requestIdOf(request), request.getMethodName(),
                request.getPath(), exception);
        return HttpResponse.serverError(StatusEnvelope.failure(500, StatusMessages.INTERNAL_ERROR));
    }
}
