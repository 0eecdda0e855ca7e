package org.loyaltyhub.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;

/**
 * Answers in XML when the client asked for it ({@code format=xml} or {@code Accept: application/xml}):
 * every envelope this server writes, errors included (400, 401, 404, 500), is turned into the same tree
 * in XML just before it is sent. Bodies that are not envelopes (the OpenAPI file) are left alone. It comes
 * right after {@link RequestIdFilter}, before the filters that may answer on their own (401, 403): a filter's
 * response side only runs for answers made after it on the way in.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public final class XmlResponseFilter {
    public static final MediaType XML = new MediaType("application/xml;charset=UTF-8");
    private final ObjectMapper json;

    public XmlResponseFilter(ObjectMapper json) {
        this.json = json;
    }

    @ResponseFilter
    public void toXml(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<?> body = response.getBody();
        if (body.isEmpty() || body.get() instanceof CharSequence || body.get() instanceof byte[]) {
            return;
        }
        if (ResponseFormat.of(request) != ResponseFormat.XML) {
            // format=json wins over an Accept header that asked for XML.
            response.contentType(MediaType.APPLICATION_JSON_TYPE);
            return;
        }
        JsonNode tree = json.valueToTree(body.get());
        if (!tree.has("response")) {
            return;
        }
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> writable = (MutableHttpResponse<Object>) response;
        writable.body(XmlWriter.write(tree));
        writable.contentType(XML);
    }
}
