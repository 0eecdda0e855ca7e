package org.loyaltyhub.adapter.rest.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.customer.IdentifierType;

class CustomerGetRequestTest {

    @Test
    void readsTheOneIdentifierAndItsValuesInOrder() {
        CustomerGetRequest request = CustomerGetRequest.from(Map.of("card_external_id", List.of("b,a,,b")));

        assertThat(request.identifierType()).isEqualTo(IdentifierType.CARD_EXTERNAL_ID);
        assertThat(request.values()).containsExactly("b", "a", "", "b");
        assertThat(request.flags()).isEqualTo(SectionFlags.DEFAULTS);
    }

    @Test
    void aRepeatedIdentifierParameterAddsItsValues() {
        CustomerGetRequest request = CustomerGetRequest.from(Map.of("id", List.of("1,2", "3")));

        assertThat(request.values()).containsExactly("1", "2", "3");
    }

    @Test
    void anIdentifierGivenWithoutValueIsOneEmptyValue() {
        assertThat(CustomerGetRequest.from(Map.of("mobile", List.of(""))).values()).containsExactly("");
    }

    @Test
    void noIdentifierIsRejectedWithCode1015() {
        assertThatThrownBy(() -> CustomerGetRequest.from(Map.of("mlp", List.of("true"))))
                .isInstanceOfSatisfying(InvalidCustomerGetRequest.class,
                        e -> assertThat(e.itemStatus().code()).isEqualTo("1015"));
    }

    @Test
    void everyFlagHasCapillarysDefaultAndCanBeFlipped() {
        SectionFlags flipped = SectionFlags.from(Map.ofEntries(
                Map.entry("transactions", List.of("false")), Map.entry("coupons", List.of("false")),
                Map.entry("custom_fields", List.of("false")), Map.entry("extended_fields", List.of("false")),
                Map.entry("notes", List.of("false")), Map.entry("user_id", List.of("true")),
                Map.entry("mlp", List.of("true")), Map.entry("registered_store", List.of("false")),
                Map.entry("registered_till", List.of("false")), Map.entry("fraud_details", List.of("false"))));

        assertThat(SectionFlags.from(Map.of())).isEqualTo(SectionFlags.DEFAULTS);
        assertThat(flipped).isEqualTo(new SectionFlags(false, false, false, false, false, true, true, false, false, false, SectionFlags.Extras.NONE));
    }

    @Test
    void anEmptyFlagValueIsRejected() {
        assertThatThrownBy(() -> SectionFlags.from(Map.of("notes", List.of(""))))
                .isInstanceOf(InvalidCustomerGetRequest.class)
                .hasMessage("Invalid value '' for parameter 'notes': use true or false");
    }
}
