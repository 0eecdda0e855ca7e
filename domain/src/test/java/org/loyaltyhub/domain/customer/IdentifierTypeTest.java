package org.loyaltyhub.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTypeTest {

    @Test
    void wire_names_are_the_query_parameters() {
        assertThat(IdentifierType.ID.wireName()).isEqualTo("id");
        assertThat(IdentifierType.MOBILE.wireName()).isEqualTo("mobile");
        assertThat(IdentifierType.EMAIL.wireName()).isEqualTo("email");
        assertThat(IdentifierType.EXTERNAL_ID.wireName()).isEqualTo("external_id");
        assertThat(IdentifierType.CARD_NUMBER.wireName()).isEqualTo("card_number");
        assertThat(IdentifierType.CARD_EXTERNAL_ID.wireName()).isEqualTo("card_external_id");
    }

    @ParameterizedTest(name = "{0} accepts ''{1}'': {2}")
    @CsvSource({
            "ID, 42, true",
            "ID, 0, false",
            "ID, abc, false",
            "MOBILE, 919876543210, true",
            "MOBILE, +919876543210, false",
            "MOBILE, 12345, false",
            "EMAIL, Asha@Example.com, true",
            "EMAIL, asha.example.com, false",
            "EXTERNAL_ID, EXT-001, true",
            "EXTERNAL_ID, 'EXT 001', false",
            "CARD_NUMBER, 4000-1234, true",
            "CARD_NUMBER, '', false",
            "CARD_EXTERNAL_ID, CX9, true",
    })
    void accepts_values_of_the_right_shape(IdentifierType type, String raw, boolean accepted) {
        assertThat(type.accepts(raw)).isEqualTo(accepted);
    }

    @Test
    void nothing_accepts_null() {
        for (IdentifierType type : IdentifierType.values()) {
            assertThat(type.accepts(null)).as(type.name()).isFalse();
        }
    }

    @Test
    void normalise_lower_cases_emails_and_drops_leading_zeros_of_ids() {
        assertThat(IdentifierType.EMAIL.normalise("Asha.Rao@Example.COM")).isEqualTo("asha.rao@example.com");
        assertThat(IdentifierType.ID.normalise("00042")).isEqualTo("42");
        assertThat(IdentifierType.MOBILE.normalise("919876543210")).isEqualTo("919876543210");
        assertThat(IdentifierType.EXTERNAL_ID.normalise("Ext-1")).as("external ids are exact").isEqualTo("Ext-1");
        assertThat(IdentifierType.CARD_NUMBER.normalise("Card-1")).isEqualTo("Card-1");
    }

    @Test
    void normalise_refuses_what_it_does_not_accept() {
        assertThatThrownBy(() -> IdentifierType.EMAIL.normalise("nope")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentifierType.ID.normalise("x")).isInstanceOf(RuntimeException.class);
    }
}
