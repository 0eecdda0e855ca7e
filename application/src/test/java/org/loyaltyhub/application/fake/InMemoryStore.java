package org.loyaltyhub.application.fake;

/** Every in-memory port, wired together, for service tests. */
public final class InMemoryStore {
    public final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    public final InMemoryOrgs orgs = new InMemoryOrgs();
    public final InMemoryApiUsers apiUsers = new InMemoryApiUsers();
    public final InMemoryCustomers customers = new InMemoryCustomers();
    public final InMemoryPointsLedgers ledgers = new InMemoryPointsLedgers();
    public final InMemoryPurchases purchases = new InMemoryPurchases(customers);
    public final InMemorySlabHistories slabHistories = new InMemorySlabHistories();
    public final InMemoryCoupons coupons = new InMemoryCoupons(orgs);
    public final InMemoryPointsBalances balances = new InMemoryPointsBalances();

    /** Every call so far that changed what the customer-side ports store: a refused write must not add one. */
    public int writes() {
        return customers.writes + ledgers.writes + purchases.writes + slabHistories.writes + coupons.writes
                + balances.saves;
    }
}
