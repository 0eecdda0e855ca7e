package org.loyaltyhub.adapter.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.loyaltyhub.adapter.persistence.QueryPlans;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.adapter.persistence.TestDatabase;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.contract.ContractFixtures;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.Points;

/**
 * The points shown next to a lookup's bills must not cost a read of the customer's whole ledger: for customers
 * with long ledgers the query seeks the bill numbers through the V8 index, for one customer and for a batch.
 * (MySQL and MariaDB weigh the plans against the data, so the customers need the long ledgers.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarnedByBillsIndexTest implements TestDatabase {
    private static final int BILLS = 300;

    @Inject
    JdbcOperations jdbc;
    @Inject
    PointsLedgers ledgers;
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;

    private long first;
    private long second;

    @BeforeAll
    void storeTwoLongLedgers() {
        OrgSetup org = ContractFixtures.storedOrg(orgs);
        first = longLedger(org, 1, "IX1-");
        second = longLedger(org, 2, "IX2-");
    }

    private long longLedger(OrgSetup org, int n, String prefix) {
        CustomerId id = ContractFixtures.storedCustomer(customers, org.org().id(), n).requireId();
        ProgramId program = org.defaultProgram().id();
        List<LedgerEntry> entries = IntStream.rangeClosed(1, BILLS).mapToObj(i -> new LedgerEntry(program,
                EntryKind.EARN, Points.of(i), ContractFixtures.daysAfterT0(i), null, null,
                new BillRef("S1", prefix + i), "S1", null)).toList();
        ledgers.append(id, entries);
        return id.value();
    }

    @Test
    void thePointsOfShownBillsAreSoughtByBillNumber() {
        assertThat(QueryPlans.indexesUsed(jdbc, EarnedByBillsQuery.sql(2, 1), "IX1-299", "IX1-300", first))
                .contains("ix_ledger_entry_bill");
        assertThat(QueryPlans.indexesUsed(jdbc, EarnedByBillsQuery.sql(4, 2), "IX1-299", "IX1-300", "IX2-299", "IX2-300", first, second))
                .contains("ix_ledger_entry_bill");
    }
}
