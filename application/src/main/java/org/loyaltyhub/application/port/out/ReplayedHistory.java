package org.loyaltyhub.application.port.out;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.tier.SlabChange;

/**
 * What replaying one stored customer's history through the loyalty rules produced, ready to store.
 *
 * @param customer       the customer under its id, as it stands after the history (fraud details, notes)
 * @param profileChanged whether the profile changed after registration, so its stored row needs rewriting
 * @param bills          the bills per program they count for, each list in the order recorded
 * @param snapshots      each program's account after the history, balance included, stored with it (see
 *                       {@link PointsBalances}); empty for a non-loyalty customer
 */
public record ReplayedHistory(Customer customer, boolean profileChanged, Map<ProgramId, List<Purchase>> bills,
                              List<LedgerEntry> ledgerEntries, List<SlabChange> slabChanges, List<Coupon> coupons,
                              Map<ProgramId, AccountSnapshot> snapshots) {
    public ReplayedHistory {
        Objects.requireNonNull(customer, "customer");
        customer.requireId();
        Map<ProgramId, List<Purchase>> copy = new LinkedHashMap<>();
        bills.forEach((program, list) -> copy.put(program, List.copyOf(list)));
        bills = Collections.unmodifiableMap(copy);
        ledgerEntries = List.copyOf(ledgerEntries);
        slabChanges = List.copyOf(slabChanges);
        coupons = List.copyOf(coupons);
        snapshots = Collections.unmodifiableMap(new LinkedHashMap<>(snapshots));
    }

    public int billCount() {
        return bills.values().stream().mapToInt(List::size).sum();
    }
}
