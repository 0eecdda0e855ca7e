package org.loyaltyhub.application.service;

import java.time.Instant;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.AdjustPointsUseCase;
import org.loyaltyhub.application.port.in.write.PointsAdjustmentCommand;
import org.loyaltyhub.application.port.in.write.PointsChanged;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.account.LoyaltyAccount;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * A manual credit or debit of a member's points, under the customer's lock like every write: a credit is a
 * new lot expiring by the program's rule (it may upgrade the member), a debit is refused beyond the
 * spendable balance. Fraud marks do not block it: it is the brand's own correction, not the customer spending.
 */
public final class AdjustPointsService implements AdjustPointsUseCase {
    private final CustomerWrites writes;
    private final AccountStorage storage;

    public AdjustPointsService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                               Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                               ClockPort clock) {
        this.writes = new CustomerWrites(unitOfWork, orgs, customers, clock);
        this.storage = new AccountStorage(ledgers, purchases, slabHistories, balances);
    }

    @Override
    public PointsChanged adjust(ApiCaller caller, PointsAdjustmentCommand command) {
        Points points = Refusals.requirePoints("points", command.points());
        if (points.isZero()) {
            throw Refusals.invalid("points", "an adjustment must credit or debit some points, got 0");
        }
        return writes.write(() -> {
            OrgSetup setup = writes.setupOf(caller.orgId());
            Customer customer = writes.lock(setup.org().id(), command.customer());
            CustomerAccounts accounts = storage.accountsOf(setup, customer);
            LoyaltyAccount account = accounts.account(command.programId());
            Instant now = writes.now();
            account.adjust(points, accounts.eventTime(command.at(), now), command.reason());
            AccountStorage.StoredChanges stored = storage.store(accounts, now);
            EntryKind kind = points.isPositive() ? EntryKind.ADJUST_CREDIT : EntryKind.ADJUST_DEBIT;
            return new PointsChanged(stored.idOfFirst(kind).orElseThrow(), customer, points,
                    accounts.standing(account.program().id(), accounts.today(now)).orElseThrow());
        });
    }
}
