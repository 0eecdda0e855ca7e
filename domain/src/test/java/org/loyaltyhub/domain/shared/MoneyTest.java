package org.loyaltyhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void money_is_kept_with_two_decimals_rounding_half_up() {
        assertThat(Money.of("1200").value()).hasScaleOf(2).isEqualByComparingTo("1200");
        assertThat(Money.of("1.005")).isEqualTo(Money.of("1.01"));
        assertThat(Money.of("1.004")).isEqualTo(Money.of("1.00"));
        assertThat(Money.ZERO.value().scale()).isEqualTo(2);
    }

    @Test
    void money_displays_without_trailing_zeros() {
        assertThat(Money.of("1200.00").display()).isEqualTo("1200");
        assertThat(Money.of("99.50").display()).isEqualTo("99.5");
        assertThat(Money.of("26447.10").display()).isEqualTo("26447.1");
        assertThat(Money.ZERO.display()).isEqualTo("0");
        assertThat(Money.of("100").toString()).isEqualTo("100");
    }

    @Test
    void money_is_never_negative() {
        assertThatThrownBy(() -> Money.of("-0.01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new Money(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tiny_negative_amount_that_rounds_to_zero_is_still_refused() {
        // the sign is checked before rounding: direction is never carried by the amount
        assertThatThrownBy(() -> new Money(new BigDecimal("-0.001"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subtraction_stops_at_zero() {
        assertThat(Money.of("100").minusFloorZero(Money.of("30.5"))).isEqualTo(Money.of("69.5"));
        assertThat(Money.of("100").minusFloorZero(Money.of("150"))).isEqualTo(Money.ZERO);
        assertThat(Money.of("100").minusFloorZero(Money.of("100")).isZero()).isTrue();
    }

    @Test
    void addition_and_order() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.3"));
        assertThat(Money.of("10")).isGreaterThan(Money.of("9.99"));
    }
}
