package org.loyaltyhub.application.fake;

/** Every in-memory port, wired together, for service tests. */
public final class InMemoryStore {
    public final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    public final InMemoryOrgs orgs = new InMemoryOrgs();
    public final InMemoryApiUsers apiUsers = new InMemoryApiUsers();
    public final InMemoryCustomers customers = new InMemoryCustomers();
    public final InMemoryPointsLedgers ledgers = new InMemoryPointsLedgers();
    public final InMemoryPurchases purchases = new InMemoryPurchases();
    public final InMemorySlabHistories slabHistories = new InMemorySlabHistories();
    public final InMemoryCoupons coupons = new InMemoryCoupons(orgs);
}
