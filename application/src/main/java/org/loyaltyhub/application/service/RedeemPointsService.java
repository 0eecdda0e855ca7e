package org.loyaltyhub.application.service;

import java.math.BigDecimal;
import java.time.Instant;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.PointsRedeemed;
import org.loyaltyhub.application.port.in.write.PointsRedemptionCommand;
import org.loyaltyhub.application.port.in.write.RedeemPointsUseCase;
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
 * {@code points/redeem}: a member spends points, soonest-expiring lots first, never beyond what is spendable
 * that day; refused while the member is marked as fraud.
 */
public final class RedeemPointsService implements RedeemPointsUseCase {
    private final CustomerWrites writes;
    private final AccountStorage storage;

    public RedeemPointsService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                               Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                               ClockPort clock) {
        this.writes = new CustomerWrites(unitOfWork, orgs, customers, clock);
        this.storage = new AccountStorage(ledgers, purchases, slabHistories, balances);
    }

    @Override
    public PointsRedeemed redeem(ApiCaller caller, PointsRedemptionCommand command) {
        Points points = pointsOf(command.points());
        return writes.write(() -> {
            OrgSetup setup = writes.setupOf(caller.orgId());
            Customer customer = writes.lock(setup.org().id(), command.customer());
            CustomerAccounts accounts = storage.accountsOf(setup, customer);
            LoyaltyAccount account = accounts.account(command.programId());
            customer.assertMaySpend();
            Instant now = writes.now();
            account.redeem(points, accounts.eventTime(command.at(), now), caller.storeCode());
            AccountStorage.StoredChanges stored = storage.store(accounts, now);
            long redemptionId = stored.idOfFirst(EntryKind.REDEEM).orElseThrow();
            return new PointsRedeemed(redemptionId, customer, points,
                    accounts.standing(account.program().id(), accounts.today(now)).orElseThrow());
        });
    }

    /** Points as sent: positive, with no more decimals than points carry. */
    private static Points pointsOf(BigDecimal raw) {
        if (raw == null) {
            throw Refusals.invalid("points_redeemed", "is required");
        }
        if (raw.signum() <= 0) {
            throw Refusals.invalid("points_redeemed", "must be positive, got " + raw.toPlainString());
        }
        if (raw.stripTrailingZeros().scale() > Points.SCALE) {
            throw Refusals.invalid("points_redeemed", "has more than " + Points.SCALE + " decimals: "
                    + raw.toPlainString());
        }
        return new Points(raw);
    }
}
