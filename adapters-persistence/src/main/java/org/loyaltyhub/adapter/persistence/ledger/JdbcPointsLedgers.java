package org.loyaltyhub.adapter.persistence.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.shared.Points;

@Singleton
public class JdbcPointsLedgers implements PointsLedgers {
    private final LedgerEntryRepository repository;
    private final LedgerEntryMapper mapper;
    private final LedgerEntryInserts inserts;
    private final JdbcOperations jdbc;

    JdbcPointsLedgers(LedgerEntryRepository repository, LedgerEntryMapper mapper, LedgerEntryInserts inserts,
                      JdbcOperations jdbc) {
        this.repository = repository;
        this.mapper = mapper;
        this.inserts = inserts;
        this.jdbc = jdbc;
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

    /** One query through the bill-number index; plain JDBC because its IN lists and projection are its own. */
    @Override
    public Map<CustomerId, Map<BillRef, Points>> pointsEarnedBy(
            Map<CustomerId, ? extends Collection<BillRef>> billsByCustomer) {
        Map<Long, Set<BillRef>> wanted = new LinkedHashMap<>();
        billsByCustomer.forEach((id, bills) -> {
            if (!bills.isEmpty()) {
                wanted.computeIfAbsent(id.value(), k -> new HashSet<>()).addAll(bills);
            }
        });
        if (wanted.isEmpty()) {
            return Map.of();
        }
        List<String> numbers = wanted.values().stream().flatMap(Set::stream).map(BillRef::number).distinct().toList();
        List<Long> customers = List.copyOf(wanted.keySet());
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    EarnedByBillsQuery.sql(numbers.size(), customers.size()))) {
                int parameter = 1;
                for (String number : numbers) {
                    statement.setString(parameter++, number);
                }
                for (Long customer : customers) {
                    statement.setLong(parameter++, customer);
                }
                Map<CustomerId, Map<BillRef, Points>> earned = new HashMap<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        long customer = rs.getLong("customer_id");
                        BillRef bill = new BillRef(rs.getString("bill_store_code"), rs.getString("bill_number"));
                        if (wanted.get(customer).contains(bill)) {
                            earned.computeIfAbsent(new CustomerId(customer), k -> new HashMap<>())
                                    .merge(bill, new Points(rs.getBigDecimal("points")), Points::plus);
                        }
                    }
                }
                return earned;
            }
        });
    }
}
