package org.loyaltyhub.adapter.rest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.customer.CustomerType;

class FieldsTest {
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void localTimesAreReadOnTheOrgsClockAndOffsetsAreExact() {
        Instant expected = Instant.parse("2026-11-24T13:45:00Z");

        assertThat(Fields.time("t", "2026-11-24 19:15:00", KOLKATA)).isEqualTo(expected);
        assertThat(Fields.time("t", "2026-11-24T19:15:00", KOLKATA)).isEqualTo(expected);
        assertThat(Fields.time("t", "2026-11-24T19:15:00+05:30", ZoneId.of("UTC"))).isEqualTo(expected);
        assertThat(Fields.time("t", "2026-11-24 19:15:00+0530", ZoneId.of("UTC"))).isEqualTo(expected);
        assertThat(Fields.time("t", "2026-11-24T13:45:00Z", KOLKATA)).isEqualTo(expected);
        assertThat(Fields.time("t", "2026-11-24 19:15:00.250", KOLKATA)).isEqualTo(expected.plusMillis(250));
        assertThat(Fields.time("t", "2026-11-24", KOLKATA)).isEqualTo(Instant.parse("2026-11-23T18:30:00Z"));
        assertThat(Fields.time("t", "  ", KOLKATA)).isNull();
    }

    @Test
    void anUnreadableTimeNamesTheFieldAndTheFormats() {
        assertThatThrownBy(() -> Fields.time("billing_time", "2026-13-40 10:00:00", KOLKATA))
                .isInstanceOfSatisfying(ItemFailure.class, f -> {
                    assertThat(f.status().code()).isEqualTo("400");
                    assertThat(f.getMessage()).isEqualTo("billing_time: '2026-13-40 10:00:00' is not a time; use "
                            + "yyyy-MM-dd HH:mm:ss (the org's clock) or ISO-8601 with an offset");
                });
    }

    @Test
    void numbersChoicesAndFlags() {
        assertThat(Fields.decimal("amount", " 12.50 ")).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(Fields.decimal("amount", "")).isNull();
        assertThatThrownBy(() -> Fields.decimal("amount", "1,200", "601"))
                .isInstanceOfSatisfying(ItemFailure.class, f -> assertThat(f.status().code()).isEqualTo("601"))
                .hasMessage("amount: '1,200' is not a number");
        assertThat(Fields.positiveLong("series_id", "0009", "707")).isEqualTo(Optional.of(9L));
        assertThatThrownBy(() -> Fields.positiveLong("series_id", "0", "707"))
                .hasMessage("series_id: '0' is not a positive whole number");
        assertThat(Fields.choice("type", "non_loyalty", CustomerType.class)).isEqualTo(CustomerType.NON_LOYALTY);
        assertThat(Fields.flag("is_subscribed", "1")).isTrue();
        assertThat(Fields.flag("is_subscribed", "FALSE")).isFalse();
        assertThat(Fields.flag("is_subscribed", null)).isNull();
        assertThat(Fields.text("  a b  ")).isEqualTo("a b");
        assertThat(Fields.text(" ")).isNull();
    }

    @Test
    void numbersNoColumnCanStoreAreOutOfRangeAndAreRefusedBeforeAnyArithmetic() {
        assertThat(Fields.decimal("amount", "9999999999999999.99")).isEqualByComparingTo("9999999999999999.99");
        assertThat(Fields.decimal("amount", "0.000001")).isEqualByComparingTo("0.000001");
        assertThat(Fields.decimal("amount", "1200.000000000")).isEqualByComparingTo("1200");
        for (String huge : new String[] {"1e17", "12345678901234567", "1e308", "1e999999999", "1e-999999999",
                "0.0000001", "1".repeat(65)}) {
            assertThatThrownBy(() -> Fields.decimal("amount", huge, "601")).as(huge)
                    .isInstanceOfSatisfying(ItemFailure.class, f -> assertThat(f.status().code()).isEqualTo("601"))
                    .hasMessage("amount: '" + huge + "' is out of range: at most 16 digits before the decimal point "
                            + "and 6 after");
        }
    }
}
