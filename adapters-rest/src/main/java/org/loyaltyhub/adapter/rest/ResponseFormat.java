package org.loyaltyhub.adapter.rest;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.Locale;

/**
 * Which format a client asked for (spec 1.5): the {@code format} query parameter wins, then the
 * {@code Accept} header, else JSON. An Accept header that lists both takes JSON only when it comes first.
 */
public enum ResponseFormat {
    JSON, XML;

    public static ResponseFormat of(HttpRequest<?> request) {
        String format;
        try {
            format = request.getParameters().get("format");
        } catch (IllegalArgumentException undecodable) {
            // A query string with broken percent-encoding is answered 400; the Accept header still says how.
            format = null;
        }
        if (format != null && !format.isBlank()) {
            return format.trim().equalsIgnoreCase("xml") ? XML : JSON;
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null) {
            return JSON;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        int xml = indexOfXml(lower);
        int json = lower.indexOf("json");
        return xml >= 0 && (json < 0 || xml < json) ? XML : JSON;
    }

    private static int indexOfXml(String accept) {
        int app = accept.indexOf("application/xml");
        int text = accept.indexOf("text/xml");
        if (app < 0) {
            return text;
        }
        return text < 0 ? app : Math.min(app, text);
    }
}
