package org.loyaltyhub.application.fake;

import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.contract.ApiUsersContract;

/** The in-memory fake keeps the same promises as the database adapter. */
class InMemoryApiUsersTest extends ApiUsersContract {
    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected ApiUsers apiUsers() {
        return store.apiUsers;
    }

    @Override
    protected Orgs orgs() {
        return store.orgs;
    }
}
