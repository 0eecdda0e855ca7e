package org.loyaltyhub.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.port.out.contract.ContractFixtures.daysAfterT0;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.SlabChangeType;

/** What every {@link SlabHistories} promises. */
public abstract class SlabHistoriesContract {

    protected abstract SlabHistories slabHistories();

    /** Histories belong to stored customers of stored orgs. */
    protected abstract Orgs orgs();

    protected abstract Customers customers();

    private OrgSetup org;

    @BeforeEach
    void storeAnOrg() {
        org = ContractFixtures.storedOrg(orgs());
    }

    private CustomerId newCustomer(int n) {
        return ContractFixtures.storedCustomer(customers(), org.org().id(), n).requireId();
    }

    @Test
    void changesComeBackWithEveryFieldOldestFirstAcrossAppends() {
        CustomerId customer = newCustomer(1);
        ProgramId program = org.defaultProgram().id();
        SlabChange upgrade = new SlabChange(program, SlabChangeType.UPGRADE, 1, 3, daysAfterT0(10),
                LocalDate.of(2026, 3, 10), "S1", "Upgraded to Gold");
        SlabChange downgrade = new SlabChange(program, SlabChangeType.DOWNGRADE, 3, 2, daysAfterT0(740),
                LocalDate.of(2027, 3, 10), null, "Renewal criteria not met, moved to Silver");
        SlabChange renew = new SlabChange(program, SlabChangeType.RENEW, 2, 2, daysAfterT0(1105),
                null, null, null);

        slabHistories().append(customer, List.of(upgrade, downgrade));
        slabHistories().append(customer, List.of(renew));

        Map<CustomerId, List<SlabChange>> found = slabHistories().historyOf(List.of(customer));
        assertThat(found).containsOnlyKeys(customer);
        assertThat(found.get(customer)).containsExactly(upgrade, downgrade, renew);
        assertThat(found.get(customer).get(2).notes()).isEmpty();
    }

    @Test
    void changesOfSeveralProgramsStayTogether() {
        CustomerId customer = newCustomer(2);
        SlabChange main = new SlabChange(org.defaultProgram().id(), SlabChangeType.UPGRADE, 1, 2, daysAfterT0(1),
                LocalDate.of(2025, 3, 1), "S2", "Upgraded to Silver");
        SlabChange partner = new SlabChange(org.programs().get(0).id(), SlabChangeType.RENEW, 1, 1, daysAfterT0(2),
                null, null, "renewed");

        slabHistories().append(customer, List.of(main, partner));

        assertThat(slabHistories().historyOf(List.of(customer)).get(customer)).containsExactly(main, partner);
    }

    @Test
    void aBatchReturnsEachCustomersOwnHistoryAndLeavesOutCustomersWithoutAny() {
        CustomerId first = newCustomer(3);
        CustomerId second = newCustomer(4);
        CustomerId without = newCustomer(5);
        ProgramId program = org.defaultProgram().id();
        SlabChange ofFirst = new SlabChange(program, SlabChangeType.UPGRADE, 1, 2, daysAfterT0(3), null, "S1", "a");
        SlabChange ofSecond = new SlabChange(program, SlabChangeType.UPGRADE, 1, 3, daysAfterT0(4), null, "S2", "b");
        slabHistories().append(first, List.of(ofFirst));
        slabHistories().append(second, List.of(ofSecond));

        Map<CustomerId, List<SlabChange>> found = slabHistories().historyOf(List.of(first, second, without));

        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(first)).containsExactly(ofFirst);
        assertThat(found.get(second)).containsExactly(ofSecond);
    }

    @Test
    void appendingNothingStoresNothing() {
        CustomerId customer = newCustomer(6);

        slabHistories().append(customer, List.of());

        assertThat(slabHistories().historyOf(List.of(customer))).isEmpty();
    }

    @Test
    void unknownCustomersAndEmptyBatchesGiveNothing() {
        assertThat(slabHistories().historyOf(List.of(new CustomerId(ContractFixtures.uniqueId())))).isEmpty();
        assertThat(slabHistories().historyOf(List.of())).isEmpty();
    }
}
