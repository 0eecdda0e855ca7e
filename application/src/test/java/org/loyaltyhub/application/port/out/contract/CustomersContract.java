package org.loyaltyhub.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.port.out.contract.ContractFixtures.T0;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.customer.Subscription;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.FraudDetails;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.org.OrgId;

/** What every {@link Customers} promises. */
public abstract class CustomersContract {

    protected abstract Customers customers();

    /** Customers belong to an org, which must be stored first. */
    protected abstract Orgs orgs();

    private OrgId newOrg() {
        OrgSetup setup = ContractFixtures.fullOrgSetup();
        orgs().add(setup);
        return setup.org().id();
    }

    private static List<String> values(String... values) {
        return List.of(values);
    }

    private static long idOf(Customer customer) {
        return customer.requireId().value();
    }

    @Test
    void addGivesTheCustomerAnId() {
        OrgId org = newOrg();

        Customer first = customers().add(ContractFixtures.newCustomer(org, 1));
        Customer second = customers().add(ContractFixtures.newCustomer(org, 2));

        assertThat(first.id()).isPresent();
        assertThat(second.id()).isPresent();
        assertThat(first.requireId()).isNotEqualTo(second.requireId());
        assertThat(first.firstname()).isEqualTo("Ann1");
    }

    @Test
    void aStoredCustomerComesBackWithEveryField() {
        OrgId org = newOrg();
        Customer added = customers().add(ContractFixtures.newCustomer(org, 1));

        List<Customer> found = customers().findBy(org, IdentifierType.ID, values(String.valueOf(idOf(added))));

        assertThat(found).hasSize(1);
        assertThat(found.get(0)).usingRecursiveComparison().isEqualTo(added);
        Customer customer = found.get(0);
        assertThat(customer.mobile().orElseThrow().value()).isEqualTo("44700900001");
        assertThat(customer.externalId().orElseThrow().value()).isEqualTo("EXT-1");
        assertThat(customer.registration().registeredOn()).isEqualTo(T0);
        assertThat(customer.registration().source()).isEqualTo("instore");
        assertThat(customer.registration().registeredBy()).isEqualTo("cashier-7");
        assertThat(customer.registration().storeCode()).isEqualTo("S1");
        assertThat(customer.registration().tillCode()).isEqualTo("S1-T1");
        assertThat(customer.updatedOn()).isEqualTo(T0);
        assertThat(customer.fraud()).isEqualTo(FraudDetails.NONE);
        assertThat(customer.customFields()).containsExactly(
                new CustomField("favourite_colour", "green"), new CustomField("newsletter", "yes"));
        assertThat(customer.extendedFields()).containsExactly(
                new ExtendedField("gender", "F"), new ExtendedField("city", "Leeds"));
        assertThat(customer.cards()).containsExactly(
                new Card("CARD-1", "CX-1", "ACTIVE"), new Card("CARD-1-B", null, "BLOCKED"));
        assertThat(customer.notes()).isEmpty();
    }

    @Test
    void aCustomerWithOnlyAnExternalIdComesBackWithNothingElse() {
        OrgId org = newOrg();
        Customer added = customers().add(ContractFixtures.bareCustomer(org, "ONLY-EXT"));

        List<Customer> found = customers().findBy(org, IdentifierType.EXTERNAL_ID, values("ONLY-EXT"));

        assertThat(found).singleElement().usingRecursiveComparison().isEqualTo(added);
        assertThat(found.get(0).mobile()).isEmpty();
        assertThat(found.get(0).email()).isEmpty();
        assertThat(found.get(0).cards()).isEmpty();
        assertThat(found.get(0).customFields()).isEmpty();
        assertThat(found.get(0).registration().source()).isEqualTo("instore");
        assertThat(found.get(0).isLoyaltyMember()).isFalse();
    }

    @Test
    void findsByEachIdentifierType() {
        OrgId org = newOrg();
        Customer added = customers().add(ContractFixtures.newCustomer(org, 5));
        customers().add(ContractFixtures.newCustomer(org, 6));

        assertThat(customers().findBy(org, IdentifierType.ID, values(String.valueOf(idOf(added)))))
                .extracting(CustomersContract::idOf).containsExactly(idOf(added));
        assertThat(customers().findBy(org, IdentifierType.MOBILE, values("44700900005")))
                .extracting(CustomersContract::idOf).containsExactly(idOf(added));
        assertThat(customers().findBy(org, IdentifierType.EMAIL, values("ann.smith5@example.com")))
                .extracting(CustomersContract::idOf).containsExactly(idOf(added));
        assertThat(customers().findBy(org, IdentifierType.EXTERNAL_ID, values("EXT-5")))
                .extracting(CustomersContract::idOf).containsExactly(idOf(added));
        assertThat(customers().findBy(org, IdentifierType.CARD_NUMBER, values("CARD-5-B")))
                .extracting(CustomersContract::idOf).containsExactly(idOf(added));
        assertThat(customers().findBy(org, IdentifierType.CARD_EXTERNAL_ID, values("CX-5")))
                .extracting(CustomersContract::idOf).containsExactly(idOf(added));
    }

    @Test
    void aCustomerFoundByCardComesBackWhole() {
        OrgId org = newOrg();
        Customer added = customers().add(ContractFixtures.newCustomer(org, 7));

        List<Customer> found = customers().findBy(org, IdentifierType.CARD_NUMBER, values("CARD-7"));

        assertThat(found).singleElement().usingRecursiveComparison().isEqualTo(added);
    }

    @Test
    void theEmailIsStoredInLowerCase() {
        OrgId org = newOrg();
        customers().add(ContractFixtures.newCustomer(org, 8));

        List<Customer> found = customers().findBy(org, IdentifierType.EMAIL, values("ann.smith8@example.com"));

        assertThat(found).singleElement()
                .satisfies(c -> assertThat(c.email().orElseThrow().value()).isEqualTo("ann.smith8@example.com"));
    }

    @Test
    void valuesAreComparedExactlyAsGiven() {
        OrgId org = newOrg();
        customers().add(ContractFixtures.newCustomer(org, 9));

        assertThat(customers().findBy(org, IdentifierType.EXTERNAL_ID, values("ext-9"))).isEmpty();
        assertThat(customers().findBy(org, IdentifierType.CARD_NUMBER, values("card-9"))).isEmpty();
        assertThat(customers().findBy(org, IdentifierType.CARD_EXTERNAL_ID, values("cx-9"))).isEmpty();
        assertThat(customers().findBy(org, IdentifierType.EXTERNAL_ID, values("EXT-9"))).hasSize(1);
    }

    @Test
    void aBatchFindsEveryMatchAndSkipsUnknownValues() {
        OrgId org = newOrg();
        Customer one = customers().add(ContractFixtures.newCustomer(org, 11));
        Customer two = customers().add(ContractFixtures.newCustomer(org, 12));
        Customer three = customers().add(ContractFixtures.newCustomer(org, 13));
        customers().add(ContractFixtures.newCustomer(org, 14));

        List<Customer> found = customers().findBy(org, IdentifierType.MOBILE,
                values("44700900011", "44700900012", "44700900099", "44700900013"));

        assertThat(found).extracting(CustomersContract::idOf)
                .containsExactlyInAnyOrder(idOf(one), idOf(two), idOf(three));
    }

    @Test
    void aBatchOfEachTypeFindsEveryMatch() {
        OrgId org = newOrg();
        Customer one = customers().add(ContractFixtures.newCustomer(org, 21));
        Customer two = customers().add(ContractFixtures.newCustomer(org, 22));

        for (IdentifierType type : IdentifierType.values()) {
            List<String> batch = switch (type) {
                case ID -> values(String.valueOf(idOf(one)), String.valueOf(idOf(two)));
                case MOBILE -> values("44700900021", "44700900022");
                case EMAIL -> values("ann.smith21@example.com", "ann.smith22@example.com");
                case EXTERNAL_ID -> values("EXT-21", "EXT-22");
                case CARD_NUMBER -> values("CARD-21", "CARD-22-B");
                case CARD_EXTERNAL_ID -> values("CX-21", "CX-22");
            };
            assertThat(customers().findBy(org, type, batch)).as(type.name())
                    .extracting(CustomersContract::idOf).containsExactlyInAnyOrder(idOf(one), idOf(two));
        }
    }

    @Test
    void aCustomerMatchedByTwoValuesIsReturnedOnce() {
        OrgId org = newOrg();
        Customer added = customers().add(ContractFixtures.newCustomer(org, 31));

        assertThat(customers().findBy(org, IdentifierType.CARD_NUMBER, values("CARD-31", "CARD-31-B")))
                .extracting(CustomersContract::idOf).containsExactly(idOf(added));
        assertThat(customers().findBy(org, IdentifierType.MOBILE, values("44700900031", "44700900031")))
                .extracting(CustomersContract::idOf).containsExactly(idOf(added));
    }

    @Test
    void aCustomerOfAnotherOrgIsNeverFound() {
        OrgId orgA = newOrg();
        OrgId orgB = newOrg();
        Customer ofB = customers().add(ContractFixtures.newCustomer(orgB, 41));

        for (IdentifierType type : IdentifierType.values()) {
            String value = switch (type) {
                case ID -> String.valueOf(idOf(ofB));
                case MOBILE -> "44700900041";
                case EMAIL -> "ann.smith41@example.com";
                case EXTERNAL_ID -> "EXT-41";
                case CARD_NUMBER -> "CARD-41";
                case CARD_EXTERNAL_ID -> "CX-41";
            };
            assertThat(customers().findBy(orgA, type, values(value))).as(type.name()).isEmpty();
            assertThat(customers().findBy(orgB, type, values(value))).as(type.name()).hasSize(1);
        }
    }

    @Test
    void twoOrgsMayHaveCustomersWithTheSameIdentifiers() {
        OrgId orgA = newOrg();
        OrgId orgB = newOrg();
        Customer ofA = customers().add(ContractFixtures.newCustomer(orgA, 51));
        Customer ofB = customers().add(ContractFixtures.newCustomer(orgB, 51));

        assertThat(customers().findBy(orgA, IdentifierType.MOBILE, values("44700900051")))
                .extracting(CustomersContract::idOf).containsExactly(idOf(ofA));
        assertThat(customers().findBy(orgB, IdentifierType.CARD_NUMBER, values("CARD-51")))
                .extracting(CustomersContract::idOf).containsExactly(idOf(ofB));
    }

    @Test
    void unknownValuesAndEmptyBatchesFindNobody() {
        OrgId org = newOrg();
        customers().add(ContractFixtures.newCustomer(org, 61));

        assertThat(customers().findBy(org, IdentifierType.MOBILE, values("44799999999"))).isEmpty();
        assertThat(customers().findBy(org, IdentifierType.ID, values("999999999999"))).isEmpty();
        assertThat(customers().findBy(org, IdentifierType.CARD_EXTERNAL_ID, values("nope"))).isEmpty();
        assertThat(customers().findBy(org, IdentifierType.EMAIL, List.of())).isEmpty();
        assertThat(customers().findBy(new OrgId(ContractFixtures.uniqueId()), IdentifierType.MOBILE,
                values("44700900061"))).isEmpty();
    }

    @Test
    void updateStoresFraudDetailsNotesAndTheNewUpdateTime() {
        OrgId org = newOrg();
        Customer customer = customers().add(ContractFixtures.newCustomer(org, 71));
        Instant marked = T0.plusSeconds(3_600);
        customer.markFraud(new FraudDetails(FraudStatus.MARKED, "S1-T2", marked, "chargeback"));
        customer.addNote(new Note(marked.plusSeconds(60), "agent-3", "Called about missing points"));
        customer.addNote(new Note(marked.plusSeconds(120), "", "Second note"));

        customers().update(customer);

        Customer found = customers().findBy(org, IdentifierType.ID, values(String.valueOf(idOf(customer)))).get(0);
        assertThat(found).usingRecursiveComparison().isEqualTo(customer);
        assertThat(found.fraud()).isEqualTo(new FraudDetails(FraudStatus.MARKED, "S1-T2", marked, "chargeback"));
        assertThat(found.notes()).extracting(Note::text).containsExactly("Called about missing points", "Second note");
        assertThat(found.updatedOn()).isEqualTo(marked.plusSeconds(120));
    }

    @Test
    void updateReplacesFieldsAndCards() {
        OrgId org = newOrg();
        Customer stored = customers().add(ContractFixtures.newCustomer(org, 81));
        Customer changed = Customer.reconstitute(stored.requireId(), org, "Annie", "Smith-Jones",
                stored.mobile().orElseThrow(), stored.email().orElseThrow(), stored.externalId().orElseThrow(),
                stored.type(), stored.registration(), T0.plusSeconds(10), stored.fraud(),
                List.of(new CustomField("newsletter", "no")),
                List.of(new ExtendedField("city", "York")),
                List.of(new Card("CARD-81-NEW", "CX-81-NEW", "ACTIVE")),
                List.of());

        customers().update(changed);

        List<Customer> byId = customers().findBy(org, IdentifierType.ID, values(String.valueOf(idOf(stored))));
        assertThat(byId).singleElement().usingRecursiveComparison().isEqualTo(changed);
        assertThat(customers().findBy(org, IdentifierType.CARD_NUMBER, values("CARD-81"))).isEmpty();
        assertThat(customers().findBy(org, IdentifierType.CARD_NUMBER, values("CARD-81-NEW")))
                .extracting(CustomersContract::idOf).containsExactly(idOf(stored));
    }

    @Test
    void updateLeavesOtherCustomersAlone() {
        OrgId org = newOrg();
        Customer first = customers().add(ContractFixtures.newCustomer(org, 91));
        Customer second = customers().add(ContractFixtures.newCustomer(org, 92));
        first.addNote(new Note(T0.plusSeconds(5), "agent", "only for the first"));

        customers().update(first);

        Customer foundSecond = customers().findBy(org, IdentifierType.ID,
                values(String.valueOf(idOf(second)))).get(0);
        assertThat(foundSecond).usingRecursiveComparison().isEqualTo(second);
        assertThat(foundSecond.requireId()).isEqualTo(new CustomerId(idOf(second)));
    }

    @Test
    void anErasedCustomerKeepsOnlyItsIdAndTheHashesOfItsOldIdentifiers() {
        OrgId org = newOrg();
        Customer customer = customers().add(ContractFixtures.newCustomer(org, 40));
        Instant at = T0.plusSeconds(3600);

        List<ErasedIdentifier> erased = customer.erase(at);
        customers().update(customer);
        customers().addErasedIdentifiers(org, customer.requireId(), erased);

        assertThat(customers().findBy(org, IdentifierType.MOBILE, values("44700900040"))).isEmpty();
        assertThat(customers().findBy(org, IdentifierType.CARD_NUMBER, values("CARD-40"))).isEmpty();
        Customer stored = customers().findBy(org, IdentifierType.ID, values(String.valueOf(idOf(customer)))).get(0);
        assertThat(stored.isErased()).isTrue();
        assertThat(stored.erasedOn()).contains(at);
        assertThat(stored.firstname()).isEmpty();
        assertThat(stored.mobile()).isEmpty();
        assertThat(stored.email()).isEmpty();
        assertThat(stored.cards()).isEmpty();
        assertThat(stored.customFields()).isEmpty();
        assertThat(stored.extendedFields()).isEmpty();
        // mobile, e-mail, external id, two card numbers, one card external id
        assertThat(erased).hasSize(6);
        String mobileHash = ErasedIdentifier.hash(org, IdentifierType.MOBILE, "44700900040");
        String unknownHash = ErasedIdentifier.hash(org, IdentifierType.MOBILE, "44700900041");
        assertThat(customers().erasedAmong(org, List.of(mobileHash, unknownHash))).containsExactly(mobileHash);
        assertThat(customers().erasedAmong(newOrg(), List.of(mobileHash))).isEmpty();
        assertThat(customers().erasedAmong(org, List.of())).isEmpty();
    }

    @Test
    void profileExtrasRoundTripAndAreReplacedWhole() {
        OrgId org = newOrg();
        Customer customer = customers().add(ContractFixtures.newCustomer(org, 41));
        Customer plain = customers().add(ContractFixtures.newCustomer(org, 42));
        ProfileExtras extras = new ProfileExtras(List.of(
                new Subscription(Subscription.Channel.SMS, Subscription.Priority.TRANS, true),
                new Subscription(Subscription.Channel.EMAIL, Subscription.Priority.BULK, false)),
                "DND", java.util.Map.of("tier", "gold"), "Family", "https://img.example.com/a.png");

        customers().saveExtras(customer.requireId(), extras);

        java.util.Map<CustomerId, ProfileExtras> found = customers().extrasOf(List.of(customer.requireId(),
                plain.requireId()));
        assertThat(found).containsOnlyKeys(customer.requireId());
        assertThat(found.get(customer.requireId())).isEqualTo(extras);

        ProfileExtras fewer = new ProfileExtras(List.of(), null, java.util.Map.of("tier", "silver"), null, null);
        customers().saveExtras(customer.requireId(), fewer);
        assertThat(customers().extrasOf(List.of(customer.requireId())).get(customer.requireId())).isEqualTo(fewer);
        assertThat(customers().extrasOf(List.of())).isEmpty();
    }

    @Test
    void lockForWriteReturnsTheCustomerAsStored() {
        OrgId org = newOrg();
        Customer added = customers().add(ContractFixtures.newCustomer(org, 101));
        customers().add(ContractFixtures.newCustomer(org, 102));
        added.addNote(new Note(T0.plusSeconds(60), "agent", "a note, so the children are read too"));
        customers().update(added);

        Optional<Customer> locked = customers().lockForWrite(org, added.requireId());

        assertThat(locked).isPresent();
        assertThat(locked.get()).usingRecursiveComparison().isEqualTo(added);
        assertThat(locked.get().cards()).hasSize(2);
        assertThat(locked.get().notes()).extracting(Note::text).containsExactly("a note, so the children are read too");
    }

    @Test
    void lockForWriteFindsNobodyOutsideTheOrg() {
        OrgId org = newOrg();
        OrgId other = newOrg();
        Customer ofOther = customers().add(ContractFixtures.newCustomer(other, 103));

        assertThat(customers().lockForWrite(org, ofOther.requireId())).isEmpty();
        assertThat(customers().lockForWrite(org, new CustomerId(ContractFixtures.uniqueId()))).isEmpty();
        assertThat(customers().lockForWrite(other, ofOther.requireId())).isPresent();
    }

    @Test
    void aLockedCustomerChangesNothingStoredUntilItIsUpdated() {
        OrgId org = newOrg();
        Customer added = customers().add(ContractFixtures.newCustomer(org, 104));

        Customer locked = customers().lockForWrite(org, added.requireId()).orElseThrow();
        locked.markFraud(new FraudDetails(FraudStatus.MARKED, "S1-T1", T0.plusSeconds(5), "test"));

        Customer stored = customers().findBy(org, IdentifierType.ID, values(String.valueOf(idOf(added)))).get(0);
        assertThat(stored.fraud()).isEqualTo(FraudDetails.NONE);
    }

    @Test
    void loyaltyMembersArePagedInIdOrderWithoutNonMembersErasedCustomersOrOtherOrgs() {
        OrgId org = newOrg();
        OrgId other = newOrg();
        Customer first = customers().add(ContractFixtures.newCustomer(org, 111));
        customers().add(ContractFixtures.bareCustomer(org, "NOT-A-MEMBER-111"));
        Customer second = customers().add(ContractFixtures.newCustomer(org, 112));
        Customer erased = customers().add(ContractFixtures.newCustomer(org, 113));
        erased.erase(T0.plusSeconds(60));
        customers().update(erased);
        Customer third = customers().add(ContractFixtures.newCustomer(org, 114));
        customers().add(ContractFixtures.newCustomer(other, 115));

        assertThat(customers().loyaltyMembersAfter(org, null, 10))
                .containsExactly(first.requireId(), second.requireId(), third.requireId());
        assertThat(customers().loyaltyMembersAfter(org, null, 2))
                .containsExactly(first.requireId(), second.requireId());
        assertThat(customers().loyaltyMembersAfter(org, second.requireId(), 2)).containsExactly(third.requireId());
        assertThat(customers().loyaltyMembersAfter(org, erased.requireId(), 2)).containsExactly(third.requireId());
        assertThat(customers().loyaltyMembersAfter(org, third.requireId(), 2)).isEmpty();
        assertThat(customers().loyaltyMembersAfter(new OrgId(ContractFixtures.uniqueId()), null, 10)).isEmpty();
    }
}
