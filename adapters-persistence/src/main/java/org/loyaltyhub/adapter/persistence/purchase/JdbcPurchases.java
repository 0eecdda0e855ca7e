package org.loyaltyhub.adapter.persistence.purchase;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

@Singleton
public class JdbcPurchases implements Purchases {
    private final PurchaseRepository repository;
    private final PurchaseInserts inserts;
    private final PurchaseMapper mapper;

    JdbcPurchases(PurchaseRepository repository, PurchaseInserts inserts, PurchaseMapper mapper) {
        this.repository = repository;
        this.inserts = inserts;
        this.mapper = mapper;
    }

    @Override
    public List<Purchase> add(CustomerId customerId, ProgramId programId, List<Purchase> purchases) {
        if (purchases.isEmpty()) {
            return List.of();
        }
        List<PurchaseRow> rows = purchases.stream()
                .map(purchase -> mapper.toRow(purchase, customerId.value(), programId))
                .toList();
        List<Purchase> stored = new ArrayList<>(purchases.size());
        for (PurchaseRow row : inserts.insertAll(rows)) {
            stored.add(mapper.toPurchase(row));
        }
        return stored;
    }

    @Override
    public Map<CustomerId, List<Purchase>> recentOf(Collection<CustomerId> customerIds, Set<TransactionType> types,
                                                    int limit) {
        if (customerIds.isEmpty() || types.isEmpty() || limit <= 0) {
            return Map.of();
        }
        List<String> typeNames = types.stream().map(TransactionType::name).toList();
        Map<CustomerId, List<Purchase>> byCustomer = new LinkedHashMap<>();
        for (PurchaseRow row : repository.findRecent(ids(customerIds), typeNames, limit)) {
            byCustomer.computeIfAbsent(new CustomerId(row.customerId()), id -> new ArrayList<>())
                    .add(mapper.toPurchase(row));
        }
        return byCustomer;
    }

    /** Returns can exceed what was bought (a return of a bill from before the data began): floor at zero. */
    @Override
    public Map<CustomerId, Map<ProgramId, Money>> netTotalsOf(Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Map<CustomerId, Map<ProgramId, Money>> totals = new LinkedHashMap<>();
        for (NetTotalRow row : repository.findNetTotals(ids(customerIds))) {
            totals.computeIfAbsent(new CustomerId(row.customerId()), k -> new LinkedHashMap<>())
                    .put(new ProgramId(row.programId()), new Money(row.netAmount().max(BigDecimal.ZERO)));
        }
        return totals;
    }

    private static List<Long> ids(Collection<CustomerId> customerIds) {
        return customerIds.stream().map(CustomerId::value).distinct().toList();
    }
}
