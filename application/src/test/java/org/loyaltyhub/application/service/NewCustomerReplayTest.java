package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.application.port.out.ReplayedHistory;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;

class NewCustomerReplayTest {
    private static final Instant NOW = Instant.parse("2027-03-01T00:00:00Z");
    private static final HistoryEvent PII_DELETE = new HistoryEvent.PiiDelete(Instant.parse("2026-02-01T10:00:00Z"));

    private static Customer rita() {
        return SampleOrg.customer(1, "44700900999", null, null, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aPiiDeleteErasesTheProfile() {
        Customer stored = rita().withId(new CustomerId(1));

        ReplayedHistory result = new NewCustomerReplay(SampleOrg.setup(1), NOW)
                .replay(new CustomerImport(rita(), List.of(PII_DELETE)), stored);

        assertThat(stored.isErased()).isTrue();
        assertThat(stored.mobile()).isEmpty();
        assertThat(result.profileChanged()).isTrue();
    }

    @Test
    void theBulkImportRefusesAPiiDeleteItCouldNotStore() {
        NewCustomerReplay bulk = new NewCustomerReplay(SampleOrg.setup(1), NOW, BulkImportLimits::refuseUnstorable);

        assertThatThrownBy(() -> bulk.replay(new CustomerImport(rita(), List.of(PII_DELETE)),
                rita().withId(new CustomerId(1))))
                .hasMessage("a bulk import does not take PII deletes; use the org import");
    }
}
