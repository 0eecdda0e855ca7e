package org.loyaltyhub.application.fake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

public final class InMemoryPurchases implements Purchases {
    private final Map<CustomerId, List<Purchase>> byCustomer = new HashMap<>();
    private final Map<Long, ProgramId> programOfBill = new HashMap<>();
    private long nextId = 1;
    public int reads;

    @Override
    public List<Purchase> add(CustomerId customerId, ProgramId programId, List<Purchase> purchases) {
        List<Purchase> stored = new ArrayList<>();
        for (Purchase p : purchases) {
            programOfBill.put(nextId, programId);
            stored.add(new Purchase(nextId++, p.bill(), p.type(), p.amount(), p.at(), p.tillCode(), p.returnOf()));
        }
        byCustomer.computeIfAbsent(customerId, k -> new ArrayList<>()).addAll(stored);
        return stored;
    }

    @Override
    public Map<CustomerId, List<Purchase>> recentOf(Collection<CustomerId> customerIds, Set<TransactionType> types,
                                                    int limit) {
        reads++;
        Map<CustomerId, List<Purchase>> result = new HashMap<>();
        for (CustomerId id : customerIds) {
            List<Purchase> recent = byCustomer.getOrDefault(id, List.of()).stream()
                    .filter(p -> types.contains(p.type()))
                    .sorted(Comparator.comparing(Purchase::at).thenComparing(Purchase::id).reversed())
                    .limit(limit)
                    .toList();
            if (!recent.isEmpty()) {
                result.put(id, recent);
            }
        }
        return result;
    }

    @Override
    public Map<CustomerId, Map<ProgramId, Money>> netTotalsOf(Collection<CustomerId> customerIds) {
        reads++;
        Map<CustomerId, Map<ProgramId, Money>> result = new HashMap<>();
        for (CustomerId id : customerIds) {
            Map<ProgramId, BigDecimal> sums = new HashMap<>();
            for (Purchase p : byCustomer.getOrDefault(id, List.of())) {
                if (p.type() == TransactionType.REGULAR || p.type() == TransactionType.RETURN) {
                    BigDecimal signed = p.type() == TransactionType.RETURN ? p.amount().value().negate() : p.amount().value();
                    sums.merge(programOfBill.get(p.id()), signed, BigDecimal::add);
                }
            }
            if (!sums.isEmpty()) {
                Map<ProgramId, Money> totals = new HashMap<>();
                sums.forEach((program, sum) -> totals.put(program, new Money(sum.max(BigDecimal.ZERO))));
                result.put(id, totals);
            }
        }
        return result;
    }
}
