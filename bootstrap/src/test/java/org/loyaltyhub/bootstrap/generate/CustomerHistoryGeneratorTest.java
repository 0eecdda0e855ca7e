package org.loyaltyhub.bootstrap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.domain.org.OrgId;

class CustomerHistoryGeneratorTest {
    private static final Instant END = Instant.parse("2026-11-25T00:00:00Z");
    private static final OrgId ORG = new OrgId(100);

    @Test
    void aCustomerDependsOnTheSeedAndItsNumberOnly() {
        CustomerImport once = new CustomerHistoryGenerator(ORG, 7, END).customer(123, 0);
        CustomerImport again = new CustomerHistoryGenerator(ORG, 7, END).customer(123, 0);
        CustomerImport otherSeed = new CustomerHistoryGenerator(ORG, 8, END).customer(123, 0);

        assertThat(again.history()).isNotEmpty().isEqualTo(once.history());
        assertThat(again.registered().firstname()).isEqualTo(once.registered().firstname());
        assertThat(otherSeed.history()).isNotEqualTo(once.history());
    }

    @Test
    void historyLiesBetweenRegistrationAndTwoHoursBeforeTheEndExceptTheFraudMark() {
        CustomerHistoryGenerator generator = new CustomerHistoryGenerator(ORG, 3, END);
        for (long i = 1; i <= 2000; i++) {
            CustomerImport customer = generator.customer(i, i == 1000 ? 1500 : 0);
            Instant registered = customer.registered().registration().registeredOn();
            assertThat(registered).isBefore(END.minusSeconds(59L * 86_400));
            for (HistoryEvent event : customer.history()) {
                assertThat(event.at()).isAfterOrEqualTo(registered)
                        .isBeforeOrEqualTo(event instanceof HistoryEvent.FraudMark ? END.minusSeconds(3600)
                                : END.minusSeconds(7200));
            }
        }
        assertThat(generator.customer(1000, 1500).history()
                .stream().filter(e -> e instanceof HistoryEvent.Bill b && b.purchase().earns())).hasSize(1500);
    }
}
