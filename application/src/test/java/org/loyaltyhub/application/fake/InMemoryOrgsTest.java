package org.loyaltyhub.application.fake;

import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.contract.OrgsContract;

/** The in-memory fake keeps the same promises as the database adapter. */
class InMemoryOrgsTest extends OrgsContract {
    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected Orgs orgs() {
        return store.orgs;
    }
}
