package org.loyaltyhub.adapter.rest.support;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The use cases the REST adapter needs; in production bootstrap provides the real services. */
@Factory
public class StubUseCaseFactory {

    @Singleton
    StubGetCustomerDetails getCustomerDetails() {
        return new StubGetCustomerDetails();
    }

    @Singleton
    StubAuthenticateApiUser authenticateApiUser() {
        return new StubAuthenticateApiUser();
    }
}
