package org.loyaltyhub.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.shared.DomainException;

class CustomerTest {
    private static final OrgId ORG = new OrgId(1);
    private static final Instant REGISTERED = Instant.parse("2024-01-10T09:00:00Z");
    private static final Registration REGISTRATION = new Registration(REGISTERED, "InStore", null, "S1", "T1");

    private static Customer register(Mobile mobile, Email email, ExternalId externalId) {
        return Customer.register(ORG, "Asha", "Rao", mobile, email, externalId, CustomerType.LOYALTY, REGISTRATION,
                List.of(), List.of(new ExtendedField("gender", "F")), List.of());
    }

    private static Customer asha() {
        return register(new Mobile("919876543210"), null, null);
    }

    @Test
    void a_customer_needs_a_mobile_an_email_or_an_external_id() {
        assertThatThrownBy(() -> register(null, null, null))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("NO_IDENTIFIER");
        assertThat(register(null, new Email("a@b.co"), null).email()).isPresent();
        assertThat(register(null, null, new ExternalId("EXT-1")).externalId()).isPresent();
        assertThat(asha().mobile()).contains(new Mobile("919876543210"));
    }

    @Test
    void a_card_alone_is_not_an_identifier() {
        assertThatThrownBy(() -> Customer.register(ORG, "A", "B", null, null, null, CustomerType.LOYALTY,
                REGISTRATION, null, null, List.of(new Card("CARD-1", null, null))))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void a_new_customer_has_no_id_and_was_updated_when_registered() {
        Customer c = asha();
        assertThat(c.id()).isEmpty();
        assertThatThrownBy(c::requireId).isInstanceOf(IllegalStateException.class);
        assertThat(c.updatedOn()).isEqualTo(REGISTERED);
        assertThat(c.fraud()).isEqualTo(FraudDetails.NONE);
        assertThat(c.isLoyaltyMember()).isTrue();
        assertThat(c.gender()).contains("F");
        assertThat(c.registration().source()).isEqualTo("instore");
        assertThat(c.registration().registeredBy()).as("defaults to the till").isEqualTo("T1");
    }

    @Test
    void with_id_gives_the_stored_customer_once() {
        Customer stored = asha().withId(new CustomerId(42));
        assertThat(stored.requireId()).isEqualTo(new CustomerId(42));
        assertThatThrownBy(() -> stored.withId(new CustomerId(43))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reconstitute_needs_an_id() {
        assertThatThrownBy(() -> Customer.reconstitute(null, ORG, "A", "B", new Mobile("919876543210"), null, null,
                CustomerType.LOYALTY, REGISTRATION, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void non_loyalty_customers_are_not_members() {
        Customer c = Customer.register(ORG, "A", "B", new Mobile("919876543210"), null, null,
                CustomerType.NON_LOYALTY, REGISTRATION, null, null, null);
        assertThat(c.isLoyaltyMember()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = FraudStatus.class, names = {"MARKED", "CONFIRMED", "RECONFIRMED"})
    void marked_or_confirmed_fraud_may_not_spend(FraudStatus status) {
        Customer c = asha();
        c.markFraud(new FraudDetails(status, "ops", Instant.parse("2024-02-01T00:00:00Z"), "chargeback"));
        assertThatThrownBy(c::assertMaySpend).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("FRAUD_BLOCKED");
        assertThat(status.blocksSpending()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = FraudStatus.class, names = {"NONE", "NOT_FRAUD", "INTERNAL"})
    void other_fraud_statuses_may_spend(FraudStatus status) {
        Customer c = asha();
        c.markFraud(new FraudDetails(status, "ops", Instant.parse("2024-02-01T00:00:00Z"), null));
        assertThatCode(c::assertMaySpend).doesNotThrowAnyException();
        assertThat(status.blocksSpending()).isFalse();
    }

    @Test
    void a_fraud_mark_needs_its_time_and_moves_updated_on_forward_only() {
        assertThatThrownBy(() -> new FraudDetails(FraudStatus.MARKED, "ops", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        Customer c = asha();
        c.markFraud(new FraudDetails(FraudStatus.MARKED, "ops", Instant.parse("2024-02-01T00:00:00Z"), null));
        assertThat(c.updatedOn()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
        c.addNote(new Note(Instant.parse("2024-01-20T00:00:00Z"), "cc", "older note"));
        assertThat(c.updatedOn()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(c.notes()).hasSize(1);
    }

    @Test
    void email_is_kept_in_lower_case() {
        assertThat(new Email("Asha.Rao@Example.COM").value()).isEqualTo("asha.rao@example.com");
        assertThat(new Email("Asha.Rao@Example.COM")).isEqualTo(new Email("asha.rao@example.com"));
    }

    @Test
    void email_must_look_like_an_address() {
        for (String bad : new String[] {"asha", "asha@", "@example.com", "asha@example", "a b@example.com",
                "a@b@c.com", null}) {
            assertThatThrownBy(() -> new Email(bad)).as(String.valueOf(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThat(Email.isValid(bad)).as(String.valueOf(bad)).isFalse();
        }
        assertThat(Email.isValid("a@b.co")).isTrue();
        assertThat(Email.isValid("x".repeat(250) + "@b.co")).as("longer than 254").isFalse();
    }

    @Test
    void mobile_is_8_to_15_digits() {
        assertThat(Mobile.isValid("91987654")).isTrue();
        assertThat(Mobile.isValid("919876543210123")).isTrue();
        assertThat(Mobile.isValid("9198765")).isFalse();
        assertThat(Mobile.isValid("9198765432101234")).isFalse();
        assertThat(Mobile.isValid("+919876543210")).isFalse();
        assertThat(Mobile.isValid("91 98765 43210")).isFalse();
        assertThat(Mobile.isValid(null)).isFalse();
        assertThatThrownBy(() -> new Mobile("98-76-54-32")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void external_id_and_card_number_are_1_to_64_visible_characters() {
        assertThat(ExternalId.isValid("EXT-1")).isTrue();
        assertThat(ExternalId.isValid("x".repeat(64))).isTrue();
        assertThat(ExternalId.isValid("x".repeat(65))).isFalse();
        assertThat(ExternalId.isValid("has space")).isFalse();
        assertThat(ExternalId.isValid("")).isFalse();
        assertThatThrownBy(() -> new Card("bad card", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Card("C1", "bad ext", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Card("C1", null, null).status()).isEqualTo("ACTIVE");
    }

    @Test
    void customer_id_parses_positive_whole_numbers_only() {
        assertThat(CustomerId.parse("42")).contains(new CustomerId(42));
        assertThat(CustomerId.parse("007")).contains(new CustomerId(7));
        assertThat(CustomerId.parse("0")).isEmpty();
        assertThat(CustomerId.parse("-1")).isEmpty();
        assertThat(CustomerId.parse("4.2")).isEmpty();
        assertThat(CustomerId.parse("1234567890123456789")).as("more than 18 digits").isEmpty();
        assertThat(CustomerId.parse(null)).isEmpty();
        assertThatThrownBy(() -> new CustomerId(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extended_fields_come_from_the_known_set_and_custom_fields_need_a_name() {
        assertThatThrownBy(() -> new ExtendedField("shoe_size", "9")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ExtendedField("city", null).value()).isEmpty();
        assertThatThrownBy(() -> new CustomField(" ", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomField("x".repeat(65), "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Note(REGISTERED, "cc", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void names_and_identifiers_change_and_the_change_time_is_kept() {
        Customer c = asha();
        Instant later = REGISTERED.plusSeconds(3600);

        c.rename("Asha", "Iyer", later);
        c.changeIdentifiers(null, new Email("asha@example.com"), new ExternalId("EXT-7"), later);

        assertThat(c.lastname()).isEqualTo("Iyer");
        assertThat(c.mobile()).isEmpty();
        assertThat(c.email()).contains(new Email("asha@example.com"));
        assertThat(c.externalId()).contains(new ExternalId("EXT-7"));
        assertThat(c.updatedOn()).isEqualTo(later);
        c.rename(null, null, REGISTERED);
        assertThat(c.firstname()).isEmpty();
        assertThat(c.updatedOn()).as("an earlier change does not move it back").isEqualTo(later);
    }

    @Test
    void identifiers_cannot_all_go() {
        Customer c = asha();

        assertThatThrownBy(() -> c.changeIdentifiers(null, null, null, REGISTERED))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("NO_IDENTIFIER");
        assertThat(c.mobile()).contains(new Mobile("919876543210"));
    }

    @Test
    void fields_given_replace_those_of_the_same_name_and_the_rest_stay() {
        Customer c = Customer.register(ORG, "Asha", "Rao", new Mobile("919876543210"), null, null,
                CustomerType.LOYALTY, REGISTRATION, List.of(new CustomField("colour", "red"), new CustomField("size", "M")),
                List.of(new ExtendedField("gender", "F")), List.of());

        c.putCustomFields(List.of(new CustomField("size", "L"), new CustomField("shoe", "7")), REGISTERED);
        c.putExtendedFields(List.of(new ExtendedField("gender", "M"), new ExtendedField("city", "Pune")), REGISTERED);

        assertThat(c.customFields()).containsExactly(new CustomField("colour", "red"), new CustomField("size", "L"),
                new CustomField("shoe", "7"));
        assertThat(c.extendedFields()).containsExactly(new ExtendedField("gender", "M"), new ExtendedField("city", "Pune"));
        assertThat(c.gender()).contains("M");
    }

    @Test
    void a_non_member_may_join_but_a_member_never_leaves() {
        Customer nina = Customer.register(ORG, "Nina", null, new Mobile("919876543211"), null, null,
                CustomerType.NON_LOYALTY, REGISTRATION, null, null, null);
        Instant later = REGISTERED.plusSeconds(60);

        nina.changeType(CustomerType.LOYALTY, later);

        assertThat(nina.isLoyaltyMember()).isTrue();
        assertThat(nina.updatedOn()).isEqualTo(later);
        nina.changeType(CustomerType.LOYALTY, later.plusSeconds(60));
        assertThat(nina.updatedOn()).as("no change, no touch").isEqualTo(later);
        assertThatThrownBy(() -> nina.changeType(CustomerType.NON_LOYALTY, later))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("LOYALTY_IS_FINAL");
        assertThat(nina.type()).isEqualTo(CustomerType.LOYALTY);
    }

    @Test
    void an_erased_customer_cannot_be_changed() {
        Customer c = asha().withId(new CustomerId(5));
        c.erase(REGISTERED.plusSeconds(10));

        for (Runnable change : List.<Runnable>of(
                () -> c.rename("A", "B", REGISTERED),
                () -> c.changeIdentifiers(new Mobile("919876543210"), null, null, REGISTERED),
                () -> c.putCustomFields(List.of(new CustomField("a", "b")), REGISTERED),
                () -> c.putExtendedFields(List.of(new ExtendedField("city", "x")), REGISTERED),
                () -> c.changeType(CustomerType.LOYALTY, REGISTERED))) {
            assertThatThrownBy(change::run).isInstanceOf(DomainException.class).extracting("code")
                    .isEqualTo("ALREADY_ERASED");
        }
        assertThat(c.mobile()).isEmpty();
    }
}
