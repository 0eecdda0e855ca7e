package org.loyaltyhub.application.port.in;

import java.util.List;
import java.util.Objects;
import org.loyaltyhub.domain.setup.OrgSetup;

/** An org's configuration, its API users and its customers with their history. */
public record OrgImport(OrgSetup setup, List<ApiUserImport> apiUsers, List<CustomerImport> customers) {
    public OrgImport {
        Objects.requireNonNull(setup, "org setup");
        apiUsers = List.copyOf(apiUsers);
        customers = List.copyOf(customers);
    }
}
