package org.loyaltyhub.adapter.rest.support;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.loyaltyhub.adapter.rest.OrgTimeZones;

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

    /** One bean for all write in-ports: each controller gets it as the use case it needs. */
    @Singleton
    StubWriteUseCases writeUseCases() {
        return new StubWriteUseCases();
    }

    /** The test org's zone, Asia/Kolkata, so local times on the wire differ visibly from UTC. */
    @Singleton
    OrgTimeZones orgTimeZones() {
        return orgId -> TestCustomers.ORG.timeZone();
    }
}
