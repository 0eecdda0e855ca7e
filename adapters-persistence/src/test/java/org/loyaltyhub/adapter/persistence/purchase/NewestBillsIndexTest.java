package org.loyaltyhub.adapter.persistence.purchase;

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
import org.loyaltyhub.application.port.out.PurchaseFilter;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.contract.ContractFixtures;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.Money;

/**
 * A lookup's newest bills must not cost a read of every bill of the customer: for customers with long
 * histories each branch of the query reads the V8 index newest first, for one customer and for a batch, and
 * the answer is the newest bills in order. (MySQL and MariaDB weigh the plans against the data, so the
 * customers need the long histories.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewestBillsIndexTest implements TestDatabase {
    private static final int BILLS = 300;

    @Inject
    JdbcOperations jdbc;
    @Inject
    Purchases purchases;
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;

    private long first;
    private long second;

    @BeforeAll
    void storeTwoLongHistories() {
        OrgSetup org = ContractFixtures.storedOrg(orgs);
        first = longHistory(org, 1, "NB1-");
        second = longHistory(org, 2, "NB2-");
    }

    /** Bills one a day, the last two at the same time (the later stored shows first). */
    private long longHistory(OrgSetup org, int n, String prefix) {
        CustomerId id = ContractFixtures.storedCustomer(customers, org.org().id(), n).requireId();
        ProgramId program = org.defaultProgram().id();
        List<Purchase> bills = IntStream.rangeClosed(1, BILLS).mapToObj(i -> new Purchase(null,
                new BillRef("S1", prefix + i), i % 7 == 0 ? TransactionType.NOT_INTERESTED : TransactionType.REGULAR,
                Money.of("10"), ContractFixtures.daysAfterT0(Math.min(i, BILLS - 1)), "S1-T1", null)).toList();
        purchases.add(id, program, bills);
        return id.value();
    }

    @Test
    void theNewestBillsAreReadNewestFirstThroughTheIndex() {
        PurchaseFilter regular = PurchaseFilter.ofTypes(java.util.Set.of(TransactionType.REGULAR));
        FilteredPurchaseQuery.Statement one = FilteredPurchaseQuery.statement(List.of(first), regular, 10);
        FilteredPurchaseQuery.Statement two = FilteredPurchaseQuery.statement(List.of(first, second), regular, 3);

        assertThat(QueryPlans.indexesUsed(jdbc, one.sql(), one.parameters().toArray())).contains("ix_purchase_customer_newest");
        assertThat(QueryPlans.indexesUsed(jdbc, two.sql(), two.parameters().toArray())).contains("ix_purchase_customer_newest");
        assertThat(purchases.recentOf(List.of(new CustomerId(first), new CustomerId(second)), regular, 3).values())
                .extracting(bills -> bills.stream().map(p -> p.bill().number().substring(4)).toList())
                .containsExactlyInAnyOrder(List.of("300", "299", "298"), List.of("300", "299", "298"));
    }
}
