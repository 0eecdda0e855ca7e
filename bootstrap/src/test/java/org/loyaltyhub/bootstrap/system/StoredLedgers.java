package org.loyaltyhub.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.ledger.PointsLedger;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;

/**
 * What a write load left in storage for some customers of the demo org, checked for the invariants no write
 * may break, however it ended: every bill number is stored once, each bill has its one EARN entry, and every
 * stored balance equals a replay of the customer's ledger (on the demo clock's day). A write that was half
 * stored (a bill without its points, points without the balance) fails one of them. What the callers were
 * told is compared by the tests themselves with {@link Stored}.
 */
public final class StoredLedgers {
    private static final ProgramId DEMO_PROGRAM = new ProgramId(1);
    private static final ZoneId DEMO_ZONE = ZoneId.of("Europe/London");
    private static final LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 25);

    private StoredLedgers() {
    }

    /** The bills (number to id) and REDEEM entries stored for the customers, after checking the invariants. */
    public static Stored check(ApplicationContext context, Collection<CustomerId> customers) {
        Map<CustomerId, List<LedgerEntry>> entries = context.getBean(PointsLedgers.class).entriesOf(customers);
        Map<CustomerId, Map<ProgramId, PointsBalances.StoredBalance>> balances =
                context.getBean(PointsBalances.class).balancesOf(customers);
        Map<CustomerId, Map<ProgramId, List<Purchase>>> bills = context.getBean(Purchases.class).historyOf(customers);

        Map<String, Long> billIds = new HashMap<>();
        bills.values().forEach(byProgram -> byProgram.values().forEach(list -> list.forEach(p ->
                assertThat(billIds.put(p.bill().number(), p.id())).as("bill " + p.bill().number() + " stored once")
                        .isNull())));

        for (CustomerId id : customers) {
            List<LedgerEntry> own = entries.getOrDefault(id, List.of()).stream()
                    .filter(e -> e.programId().equals(DEMO_PROGRAM)).toList();
            PointsBalance expected = PointsLedger.replay(DEMO_PROGRAM, DEMO_ZONE, own).balanceOn(DEMO_TODAY);
            PointsBalances.StoredBalance actual = balances.getOrDefault(id, Map.of()).get(DEMO_PROGRAM);
            assertThat(actual).as("stored balance of customer " + id.value()).isNotNull();
            assertThat(actual.balance()).as("stored balance of customer " + id.value() + " equals the ledger replay")
                    .isEqualTo(expected);
            assertThat(own.stream().filter(e -> e.kind() == EntryKind.EARN).count())
                    .as("one EARN per bill of customer " + id.value())
                    .isEqualTo(bills.getOrDefault(id, Map.of()).values().stream().mapToLong(List::size).sum());
        }
        long redemptions = entries.values().stream().flatMap(List::stream)
                .filter(e -> e.kind() == EntryKind.REDEEM).count();
        return new Stored(Map.copyOf(billIds), redemptions);
    }

    /** Stored bills by number (each number once, checked) and the number of REDEEM entries. */
    public record Stored(Map<String, Long> billIds, long redemptions) {
    }
}
