package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.REWARDS;
import static org.loyaltyhub.application.service.WriteFixture.mobile;
import static org.loyaltyhub.application.service.WriteFixture.returnOf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.CustomerWritten;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.customer.Subscription;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.SlabChangeType;

class UpdateCustomerServiceTest {
    private static final String RITA = "919800000001";

    private final WriteFixture f = new WriteFixture();
    private final CustomerId rita = f.register.register(f.till1, new CustomerProfile(RITA, null, null, "Rita", "John",
            null, null, List.of(new CustomField("colour", "red"), new CustomField("size", "M")),
            List.of(new ExtendedField("gender", "F")), null, null)).customer().requireId();

    private static CustomerProfile changes(String mobile, String email, String externalId, String firstname,
                                           CustomerType type, FraudStatus fraud) {
        return new CustomerProfile(mobile, email, externalId, firstname, null, type, null, null, null, null, fraud);
    }

    @Test
    void changesIdentifiersNamesAndFieldsByName() {
        f.clock.advance(Duration.ofHours(1));

        CustomerWritten written = f.update.update(f.till1, mobile(RITA), new CustomerProfile("919800000009",
                "rita@example.com", "EXT-9", "Rita", "Jones", null, null, List.of(new CustomField("size", "L")),
                List.of(new ExtendedField("gender", "M"), new ExtendedField("city", "Pune")), null, null));

        assertThat(written.created()).isFalse();
        Customer stored = f.stored(rita);
        assertThat(stored.mobile()).contains(new Mobile("919800000009"));
        assertThat(stored.email()).contains(new Email("rita@example.com"));
        assertThat(stored.externalId()).contains(new ExternalId("EXT-9"));
        assertThat(stored.lastname()).isEqualTo("Jones");
        assertThat(stored.customFields()).containsExactlyInAnyOrder(new CustomField("colour", "red"),
                new CustomField("size", "L"));
        assertThat(stored.extendedFields()).containsExactlyInAnyOrder(new ExtendedField("gender", "M"),
                new ExtendedField("city", "Pune"));
        assertThat(stored.updatedOn()).isEqualTo(f.clock.now());
        assertThat(f.store.customers.locked).containsExactly(rita);
        // the old mobile names nobody now
        f.assertRefused(WriteRefusal.CUSTOMER_NOT_FOUND,
                () -> f.update.update(f.till1, mobile(RITA), changes(null, null, null, "X", null, null)));
    }

    @Test
    void aNonMemberJoinsButAMemberNeverLeaves() {
        CustomerId nina = f.register.register(f.till1, WriteFixture.nonMember("919800000002")).customer().requireId();

        CustomerWritten joined = f.update.update(f.till1, mobile("919800000002"),
                changes(null, null, null, null, CustomerType.LOYALTY, null));

        assertThat(f.stored(nina).type()).isEqualTo(CustomerType.LOYALTY);
        assertThat(joined.standings()).hasSize(2);
        assertThat(f.storedBalance(nina, REWARDS)).isEqualTo(PointsBalance.EMPTY);
        assertThat(f.bill("919800000002", "B1", "100").pointsAwarded()).isEqualTo(Points.of(100));

        f.assertRefused(WriteRefusal.INVALID_INPUT, "cannot become NON_LOYALTY", () -> f.update.update(f.till1,
                mobile("919800000002"), changes(null, "n@example.com", null, "Nina", CustomerType.NON_LOYALTY, null)));
        assertThat(f.stored(nina).email()).as("nothing of the refused update stored").isEmpty();
    }

    @Test
    void anIdentifierAnotherCustomerHoldsIsRefused() {
        f.register.register(f.till1, WriteFixture.profile("919800000002", "sam@example.com", "Sam"));

        f.assertRefused(WriteRefusal.IDENTIFIER_CONFLICT, "919800000002", () -> f.update.update(f.till1,
                mobile(RITA), changes("919800000002", null, null, null, null, null)));
        f.assertRefused(WriteRefusal.IDENTIFIER_CONFLICT, "sam@example.com", () -> f.update.update(f.till1,
                mobile(RITA), changes(null, "SAM@example.com", null, null, null, null)));
        // one's own identifier is no conflict
        f.update.update(f.till1, mobile(RITA), changes(RITA, null, null, "Rita", null, null));
    }

    @Test
    void setsTheFraudStatusMarkedByTheCaller() {
        f.update.update(f.till1, mobile(RITA), changes(null, null, null, null, null, FraudStatus.MARKED));

        Customer stored = f.stored(rita);
        assertThat(stored.fraud().status()).isEqualTo(FraudStatus.MARKED);
        assertThat(stored.fraud().markedBy()).isEqualTo(SampleOrg.TILL);
        assertThat(stored.fraud().modifiedOn()).isEqualTo(f.clock.now());
    }

    @Test
    void aFraudReasonIsKeptAndANewReasonWithTheSameStatusReplacesIt() {
        f.update.update(f.till1, mobile(RITA), fraud(FraudStatus.MARKED, "shared card"));
        f.clock.advance(java.time.Duration.ofHours(1));
        f.update.update(f.till1, mobile(RITA), fraud(FraudStatus.MARKED, "shared card, confirmed by phone"));

        assertThat(f.stored(rita).fraud()).isEqualTo(new org.loyaltyhub.domain.customer.FraudDetails(
                FraudStatus.MARKED, SampleOrg.TILL, f.clock.now(), "shared card, confirmed by phone"));
    }

    private static CustomerProfile fraud(FraudStatus status, String reason) {
        return new CustomerProfile(null, null, null, null, null, null, null, null, null, null, status, null, null,
                reason);
    }

    @Test
    void subscriptionsReplaceThoseOfTheSameChannelAndPriorityAndOtherExtrasStay() {
        Subscription smsTrans = new Subscription(Subscription.Channel.SMS, Subscription.Priority.TRANS, true);
        f.store.customers.saveExtras(rita, new ProfileExtras(List.of(smsTrans), "DND", Map.of("city", "Pune"), "vip",
                null));

        Subscription smsTransOff = new Subscription(Subscription.Channel.SMS, Subscription.Priority.TRANS, false);
        Subscription emailBulk = new Subscription(Subscription.Channel.EMAIL, Subscription.Priority.BULK, true);
        f.update.update(f.till1, mobile(RITA), new CustomerProfile(null, null, null, null, null, null, null, null,
                null, List.of(smsTransOff, emailBulk), null));

        ProfileExtras extras = f.store.customers.extrasOf(List.of(rita)).get(rita);
        assertThat(extras.subscriptions()).containsExactly(smsTransOff, emailBulk);
        assertThat(extras.ndncStatus()).isEqualTo("DND");
        assertThat(extras.segments()).containsEntry("city", "Pune");
        assertThat(extras.userGroup()).isEqualTo("vip");
    }

    @Test
    void anUpdateStoresADowngradeThatFellDueAndReportsTodaysStanding() {
        f.bill(RITA, "B1", "1000"); // Silver until 2025-06-14
        f.transactions.add(f.till1, returnOf(RITA, "R1", "B1", "600", List.of())); // 400 in the period: no renewal
        f.clock.advance(Duration.ofDays(366)); // 2025-06-16

        CustomerWritten written = f.update.update(f.till1, mobile(RITA), changes(null, null, null, "R", null, null));

        assertThat(written.standings().get(0).slab().name()).isEqualTo("Blue");
        assertThat(f.store.slabHistories.historyOf(List.of(rita)).get(rita)).extracting(SlabChange::type)
                .containsExactly(SlabChangeType.UPGRADE, SlabChangeType.DOWNGRADE);
        f.assertStoredBalancesMatchTheLedger(rita);
    }

    @Test
    void unknownMalformedAndErasedCustomersAndBadValuesAreRefused() {
        f.assertRefused(WriteRefusal.CUSTOMER_NOT_FOUND, () -> f.update.update(f.till1, mobile("919811111111"),
                changes(null, null, null, "X", null, null)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "mobile", () -> f.update.update(f.till1, mobile("abc"),
                changes(null, null, null, "X", null, null)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "email", () -> f.update.update(f.till1, mobile(RITA),
                changes(null, "not-an-email", null, null, null, null)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "external_id", () -> f.update.update(f.till1, mobile(RITA),
                changes(null, null, "has space", null, null, null)));
        f.erase.erase(f.till1, mobile(RITA));
        f.assertRefused(WriteRefusal.CUSTOMER_ERASED, () -> f.update.update(f.till1, mobile(RITA),
                changes(null, null, null, "X", null, null)));
        f.assertRefused(WriteRefusal.CUSTOMER_ERASED, () -> f.update.update(f.till1,
                new CustomerRef(IdentifierType.ID, String.valueOf(rita.value())),
                changes(null, null, null, "X", null, null)));
    }
}
