package org.loyaltyhub.application.port.out;

import java.util.Optional;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.org.OrgId;

/** Org configuration. */
public interface Orgs {
    void add(OrgSetup setup);

    Optional<OrgSetup> find(OrgId orgId);

    /** True when no org has been stored yet (a fresh database). */
    boolean isEmpty();
}
