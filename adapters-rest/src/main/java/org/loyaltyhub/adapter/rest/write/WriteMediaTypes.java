package org.loyaltyhub.adapter.rest.write;

import io.micronaut.http.MediaType;

/**
 * What the write routes take and give. Any other request content type is answered 415 by Micronaut, in the
 * envelope; XML answers are written by the XML response filter from the same answer as JSON.
 */
public final class WriteMediaTypes {
    public static final String JSON = MediaType.APPLICATION_JSON;
    public static final String XML = MediaType.APPLICATION_XML;
    public static final String TEXT_XML = MediaType.TEXT_XML;

    private WriteMediaTypes() {
    }
}
