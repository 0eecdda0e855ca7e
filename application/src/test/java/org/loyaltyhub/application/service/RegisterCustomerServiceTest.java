package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.ORG;
import static org.loyaltyhub.application.service.WriteFixture.PARTNER;
import static org.loyaltyhub.application.service.WriteFixture.REWARDS;
import static org.loyaltyhub.application.service.WriteFixture.mobile;
import static org.loyaltyhub.application.service.WriteFixture.profile;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerWritten;
import org.loyaltyhub.application.port.in.write.ProgramStanding;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.out.PointsBalances.StoredBalance;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Subscription;
import org.loyaltyhub.domain.ledger.PointsBalance;

class RegisterCustomerServiceTest {
    private final WriteFixture f = new WriteFixture();

    @Test
    void registersANewMemberAtTheCallersStoreAndTillWithZeroBalances() {
        List<Subscription> subscriptions = List.of(
                new Subscription(Subscription.Channel.SMS, Subscription.Priority.BULK, false));
        CustomerWritten written = f.register.register(f.till2, new CustomerProfile(" 919800000001 ", "Rita@Example.COM",
                "EXT-1", "Rita", "John", null, null, List.of(new CustomField("colour", "red")),
                List.of(new ExtendedField("gender", "F")), subscriptions, null));

        assertThat(written.created()).isTrue();
        Customer rita = f.stored(written.customer().requireId());
        assertThat(rita.mobile()).contains(new Mobile("919800000001"));
        assertThat(rita.email()).contains(new Email("rita@example.com"));
        assertThat(rita.externalId()).contains(new ExternalId("EXT-1"));
        assertThat(rita.firstname() + " " + rita.lastname()).isEqualTo("Rita John");
        assertThat(rita.type()).isEqualTo(CustomerType.LOYALTY);
        assertThat(rita.registration().registeredOn()).isEqualTo(f.clock.now());
        assertThat(rita.registration().storeCode()).isEqualTo(WriteFixture.STORE_2);
        assertThat(rita.registration().tillCode()).isEqualTo(WriteFixture.TILL_2);
        assertThat(rita.customFields()).containsExactly(new CustomField("colour", "red"));
        assertThat(rita.gender()).contains("F");
        assertThat(f.store.customers.extrasOf(List.of(rita.requireId())).get(rita.requireId()).subscriptions())
                .isEqualTo(subscriptions);

        assertThat(written.standings()).extracting(s -> s.program().id()).containsExactly(REWARDS, PARTNER);
        ProgramStanding rewards = written.standings().get(0);
        assertThat(rewards.balance()).isEqualTo(PointsBalance.EMPTY);
        assertThat(rewards.slab().name()).isEqualTo("Blue");
        assertThat(rewards.slabValidUntil()).isNull();
        assertThat(f.store.balances.balancesOf(List.of(rita.requireId())).get(rita.requireId()))
                .containsEntry(REWARDS, new StoredBalance(PointsBalance.EMPTY, f.today()))
                .containsEntry(PARTNER, new StoredBalance(PointsBalance.EMPTY, f.today()));
    }

    @Test
    void aNonMemberKeepsTheGivenRegistrationTimeAndHasNoStandings() {
        Instant registeredOn = Instant.parse("2024-01-02T03:04:05Z");
        CustomerWritten written = f.register.register(f.till1, new CustomerProfile("919800000002", null, null, "Nina",
                null, CustomerType.NON_LOYALTY, registeredOn, null, null, null, null));

        assertThat(written.standings()).isEmpty();
        CustomerId nina = written.customer().requireId();
        assertThat(f.stored(nina).registration().registeredOn()).isEqualTo(registeredOn);
        assertThat(f.stored(nina).type()).isEqualTo(CustomerType.NON_LOYALTY);
        assertThat(f.store.balances.balancesOf(List.of(nina))).isEmpty();
    }

    @Test
    void aNewCustomerKeepsTheGivenSourceAndCardsAndATakenCardIsRefused() {
        List<Card> cards = List.of(new Card("CARD-1", "CX-1", "ACTIVE"));
        CustomerWritten written = f.register.register(f.till1, new CustomerProfile("919800000001", null, null, "Ana",
                null, null, null, null, null, null, null, "ecommerce", cards, null));

        Customer ana = f.stored(written.customer().requireId());
        assertThat(ana.registration().source()).isEqualTo("ecommerce");
        assertThat(ana.cards()).isEqualTo(cards);
        assertThat(f.store.customers.findBy(WriteFixture.ORG, IdentifierType.CARD_NUMBER, List.of("CARD-1")))
                .extracting(Customer::requireId).containsExactly(ana.requireId());
        f.assertRefused(WriteRefusal.IDENTIFIER_CONFLICT, "card_external_id CX-1", () -> f.register.register(f.till1,
                new CustomerProfile("919800000002", null, null, "Bo", null, null, null, null, null, null, null, null,
                        List.of(new Card("CARD-2", "CX-1", "ACTIVE")), null)));
        // the REST API sends no source: instore, as before
        CustomerWritten plain = f.register.register(f.till1, WriteFixture.profile("919800000003", null, "Cy"));
        assertThat(f.stored(plain.customer().requireId()).registration().source()).isEqualTo("instore");
    }

    @Test
    void anAddWithAKnownIdentifierUpdatesThatCustomer() {
        CustomerId rita = f.member("919800000001").customer().requireId();
        f.bill("919800000001", "B1", "300");

        CustomerWritten again = f.register.register(f.till1, profile("919800000001", "rita@example.com", "Rita B"));

        assertThat(again.created()).isFalse();
        assertThat(again.customer().requireId()).isEqualTo(rita);
        assertThat(f.stored(rita).email()).contains(new Email("rita@example.com"));
        assertThat(f.stored(rita).firstname()).isEqualTo("Rita B");
        assertThat(again.standings().get(0).balance().available()).isEqualTo(
                org.loyaltyhub.domain.shared.Points.of(300));
        // found by the e-mail alone too
        assertThat(f.register.register(f.till1, profile(null, "RITA@example.com", "Rita C")).customer().requireId())
                .isEqualTo(rita);
        assertThat(f.store.customers.findBy(ORG, IdentifierType.MOBILE, List.of("919800000001"))).hasSize(1);
    }

    @Test
    void identifiersOfTwoDifferentCustomersConflict() {
        f.member("919800000001");
        f.register.register(f.till1, profile("919800000002", "sam@example.com", "Sam"));

        f.assertRefused(WriteRefusal.IDENTIFIER_CONFLICT, "2 different customers",
                () -> f.register.register(f.till1, profile("919800000001", "sam@example.com", "Who")));
    }

    @Test
    void badIdentifiersAndAFutureRegistrationAreRefused() {
        f.assertRefused(WriteRefusal.INVALID_INPUT, "needs a mobile",
                () -> f.register.register(f.till1, profile(null, " ", "Nobody")));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "mobile",
                () -> f.register.register(f.till1, profile("12", null, "Short")));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "email",
                () -> f.register.register(f.till1, profile(null, "rita@", "Broken")));
        f.assertRefused(WriteRefusal.TIME_OUT_OF_ORDER, "future", () -> f.register.register(f.till1,
                new CustomerProfile("919800000001", null, null, null, null, null, f.clock.now().plusSeconds(1), null,
                        null, null, null)));
    }

    @Test
    void theIdentifierOfAnErasedCustomerRegistersSomeoneNew() {
        CustomerId old = f.member("919800000001").customer().requireId();
        f.erase.erase(f.till1, mobile("919800000001"));

        CustomerWritten fresh = f.member("919800000001");

        assertThat(fresh.created()).isTrue();
        assertThat(fresh.customer().requireId()).isNotEqualTo(old);
    }
}
