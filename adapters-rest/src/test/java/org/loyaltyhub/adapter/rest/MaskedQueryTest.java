package org.loyaltyhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedQueryTest {
    @Test
    void identifierValuesAreMaskedAndEverythingElseKept() {
        assertThat(MaskedQuery.of("mobile=447700900999,0000000000&mlp=true&format=xml"))
                .isEqualTo("mobile=***&mlp=true&format=xml");
        assertThat(MaskedQuery.of("email=rita.john%40example.com&user_id=true"))
                .isEqualTo("email=***&user_id=true");
        assertThat(MaskedQuery.of("external_id=XYPZ006&card_number=DEMO-CARD-0001&card_external_id=C-9&id=42"))
                .isEqualTo("external_id=***&card_number=***&card_external_id=***&id=42");
        assertThat(MaskedQuery.of("password=hunter2&transactions=false"))
                .isEqualTo("password=***&transactions=false");
    }

    @Test
    void encodedOrOddlyCasedNamesAreStillRecognised() {
        assertThat(MaskedQuery.of("MOBILE=447700900999&mob%69le=447700900999"))
                .isEqualTo("MOBILE=***&mob%69le=***");
        // An undecodable name could be anything.
        assertThat(MaskedQuery.of("mob%zzle=447700900999")).isEqualTo("mob%zzle=***");
    }

    @Test
    void parametersWithoutValueAndEmptyQueriesPassThrough() {
        assertThat(MaskedQuery.of(null)).isEmpty();
        assertThat(MaskedQuery.of("")).isEmpty();
        assertThat(MaskedQuery.of("mlp&slab_history=true&")).isEqualTo("mlp&slab_history=true&");
    }
}
