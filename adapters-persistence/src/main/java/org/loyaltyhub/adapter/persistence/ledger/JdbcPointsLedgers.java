package org.loyaltyhub.adapter.persistence.ledger;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.LedgerEntry;

@Singleton
public class JdbcPointsLedgers implements PointsLedgers {
    private final LedgerEntryRepository repository;
    private final LedgerEntryMapper mapper;
    private final LedgerEntryInserts inserts;

    JdbcPointsLedgers(LedgerEntryRepository repository, LedgerEntryMapper mapper, LedgerEntryInserts inserts) {
        this.repository = repository;
        this.mapper = mapper;
        this.inserts = inserts;
    }

    @Override
    public void append(CustomerId customerId, List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        repository.saveAll(entries.stream().map(entry -> mapper.toRow(entry, customerId.value())).toList());
    }

    /** One batch; the ids are AUTO_INCREMENT values, so they grow in the order given. */
    @Override
    public List<Long> appendReturningIds(CustomerId customerId, List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return inserts.insertAll(entries.stream().map(entry -> mapper.toRow(entry, customerId.value())).toList());
    }

    /** One query for the whole batch, in id order, which is the order of appending. */
    @Override
    public Map<CustomerId, List<LedgerEntry>> entriesOf(Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = customerIds.stream().map(CustomerId::value).distinct().toList();
        Map<CustomerId, List<LedgerEntry>> byCustomer = new LinkedHashMap<>();
        for (LedgerEntryRow row : repository.findByCustomerIdInOrderById(ids)) {
            byCustomer.computeIfAbsent(new CustomerId(row.customerId()), id -> new ArrayList<>())
                    .add(mapper.toEntry(row));
        }
        return byCustomer;
    }
}
