package org.loyaltyhub.adapter.rest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.Optional;

/**
 * Tells which part of a request Netty refused to read. Micronaut answers every "too long" decoder failure
 * with 413, which is right for a body but wrong for a request line over
 * {@code micronaut.server.netty.max-initial-line-length} (414) or headers over
 * {@code micronaut.server.netty.max-header-size} (431); a client that only sees 413 would look for a body
 * to shrink.
 */
final class OversizedRequestHead {
    private OversizedRequestHead() {
    }

    /** 414 or 431 when the request line or the headers were too long; empty for anything else. */
    static Optional<HttpStatus> statusOf(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            return Optional.empty();
        }
        DecoderResult result = netty.getNativeRequest().decoderResult();
        if (result.isSuccess()) {
            return Optional.empty();
        }
        if (result.cause() instanceof TooLongHttpLineException) {
            return Optional.of(HttpStatus.REQUEST_URI_TOO_LONG);
        }
        if (result.cause() instanceof TooLongHttpHeaderException) {
            return Optional.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
        }
        return Optional.empty();
    }
}
