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
    /**
     * Listed among what the routes produce so that no Accept header gets a 406: the answer is XML when
     * {@code format=xml} or Accept names XML (application/xml or text/xml), JSON otherwise, as for customer/get
     * ({@code ResponseFormat}); the XML response filter sets the content type either way.
     */
    public static final String ANY = MediaType.ALL;

    private WriteMediaTypes() {
    }
}
