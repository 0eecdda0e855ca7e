package org.loyaltyhub.application.service;

import java.time.Instant;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.AwardPromotionPointsUseCase;
import org.loyaltyhub.application.port.in.write.PointsChanged;
import org.loyaltyhub.application.port.in.write.PromotionAwardCommand;
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
 * Promotional points for a member at the caller's store, under the customer's lock: a PROMOTION lot that
 * expires by the program's rule, counted from its {@code availableFrom} day for a delayed accrual. The
 * award may upgrade the member.
 */
public final class AwardPromotionPointsService implements AwardPromotionPointsUseCase {
    private final CustomerWrites writes;
    private final AccountStorage storage;

    public AwardPromotionPointsService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                       Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                                       ClockPort clock) {
        this.writes = new CustomerWrites(unitOfWork, orgs, customers, clock);
        this.storage = new AccountStorage(ledgers, purchases, slabHistories, balances);
    }

    @Override
    public PointsChanged award(ApiCaller caller, PromotionAwardCommand command) {
        Points points = Refusals.requirePoints("points", command.points());
        if (!points.isPositive()) {
            throw Refusals.invalid("points", "a promotion must award a positive number of points, got " + points);
        }
        return writes.write(() -> {
            OrgSetup setup = writes.setupOf(caller.orgId());
            Customer customer = writes.lock(setup.org().id(), command.customer());
            CustomerAccounts accounts = storage.accountsOf(setup, customer);
            LoyaltyAccount account = accounts.account(command.programId());
            Instant now = writes.now();
            account.award(points, accounts.eventTime(command.at(), now), command.availableFrom(), caller.storeCode(),
                    command.reason());
            AccountStorage.StoredChanges stored = storage.store(accounts, now);
            return new PointsChanged(stored.idOfFirst(EntryKind.PROMOTION).orElseThrow(), customer, points,
                    accounts.standing(account.program().id(), accounts.today(now)).orElseThrow());
        });
    }
}
