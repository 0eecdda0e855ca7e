package org.loyaltyhub.adapter.persistence.tier;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.tier.SlabChange;

/**
 * Slab changes in the order they were appended (the tier rules append them oldest first). Id order
 * rather than {@code changed_on} order, so two changes within one second keep their sequence.
 */
@Singleton
public class JdbcSlabHistories implements SlabHistories {
    private final SlabChangeRepository repository;
    private final SlabChangeMapper mapper;

    JdbcSlabHistories(SlabChangeRepository repository, SlabChangeMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public void append(CustomerId customerId, List<SlabChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        repository.saveAll(changes.stream().map(change -> mapper.toRow(change, customerId.value())).toList());
    }

    @Override
    public Map<CustomerId, List<SlabChange>> historyOf(Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = customerIds.stream().map(CustomerId::value).distinct().toList();
        Map<CustomerId, List<SlabChange>> byCustomer = new LinkedHashMap<>();
        for (SlabChangeRow row : repository.findByCustomerIdInOrderById(ids)) {
            byCustomer.computeIfAbsent(new CustomerId(row.customerId()), id -> new ArrayList<>())
                    .add(mapper.toChange(row));
        }
        return byCustomer;
    }
}
