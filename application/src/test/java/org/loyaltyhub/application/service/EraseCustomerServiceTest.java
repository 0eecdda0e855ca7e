package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.ORG;
import static org.loyaltyhub.application.service.WriteFixture.mobile;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.in.CustomerLookupItem;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.LookupOutcome;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Subscription;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;

class EraseCustomerServiceTest {
    private static final String RITA = "919800000001";

    private final WriteFixture f = new WriteFixture();
    private final CustomerId rita = f.register.register(f.till1, new CustomerProfile(RITA, "rita@example.com",
            "EXT-1", "Rita", "John", null, null, List.of(new CustomField("colour", "red")), null,
            List.of(new Subscription(Subscription.Channel.SMS, Subscription.Priority.BULK, true)), null))
            .customer().requireId();

    private List<LookupOutcome> lookup(IdentifierType type, String value) {
        return f.details.getCustomerDetails(new CustomerLookupQuery(ORG, type, List.of(value))).items().stream()
                .map(CustomerLookupItem::outcome).toList();
    }

    @Test
    void erasesPersonalDataAndIdentifiersButKeepsTheLedger() {
        f.bill(RITA, "B1", "500");

        CustomerId erased = f.erase.erase(f.till1, mobile(RITA));

        assertThat(erased).isEqualTo(rita);
        Customer stored = f.stored(rita);
        assertThat(stored.isErased()).isTrue();
        assertThat(stored.erasedOn()).contains(f.clock.now());
        assertThat(stored.mobile()).isEmpty();
        assertThat(stored.email()).isEmpty();
        assertThat(stored.externalId()).isEmpty();
        assertThat(stored.firstname() + stored.lastname()).isEmpty();
        assertThat(stored.customFields()).isEmpty();
        assertThat(f.store.customers.extrasOf(List.of(rita))).isEmpty();
        assertThat(f.store.customers.erasedAmong(ORG, List.of(
                ErasedIdentifier.hash(ORG, IdentifierType.MOBILE, RITA),
                ErasedIdentifier.hash(ORG, IdentifierType.EMAIL, "rita@example.com"),
                ErasedIdentifier.hash(ORG, IdentifierType.EXTERNAL_ID, "EXT-1")))).hasSize(3);
        assertThat(f.entries(rita)).extracting(LedgerEntry::kind).containsExactly(EntryKind.EARN);
        // customer/get answers "deleted" by every old identifier and by the id
        assertThat(lookup(IdentifierType.MOBILE, RITA)).containsExactly(LookupOutcome.DELETED);
        assertThat(lookup(IdentifierType.EMAIL, "rita@example.com")).containsExactly(LookupOutcome.DELETED);
        assertThat(lookup(IdentifierType.ID, String.valueOf(rita.value()))).containsExactly(LookupOutcome.DELETED);
    }

    @Test
    void aSecondEraseIsRefusedAsErased() {
        f.erase.erase(f.till1, mobile(RITA));

        f.assertRefused(WriteRefusal.CUSTOMER_ERASED, () -> f.erase.erase(f.till1, mobile(RITA)));
        f.assertRefused(WriteRefusal.CUSTOMER_ERASED,
                () -> f.erase.erase(f.till1, new CustomerRef(IdentifierType.ID, String.valueOf(rita.value()))));
        f.assertRefused(WriteRefusal.CUSTOMER_ERASED,
                () -> f.erase.erase(f.till1, new CustomerRef(IdentifierType.EXTERNAL_ID, "EXT-1")));
    }

    @Test
    void anUnknownOrMalformedCustomerIsRefused() {
        f.assertRefused(WriteRefusal.CUSTOMER_NOT_FOUND, () -> f.erase.erase(f.till1, mobile("919811111111")));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "email",
                () -> f.erase.erase(f.till1, new CustomerRef(IdentifierType.EMAIL, "nope")));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "required",
                () -> f.erase.erase(f.till1, new CustomerRef(IdentifierType.MOBILE, " ")));
    }
}
