package org.loyaltyhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void points_are_kept_with_three_decimals() {
        assertThat(Points.of(120).value()).isEqualByComparingTo("120").hasScaleOf(3);
        assertThat(Points.of("26447.1").value().scale()).isEqualTo(3);
        assertThat(Points.ZERO.value().scale()).isEqualTo(3);
    }

    @Test
    void points_round_half_up_at_the_third_decimal() {
        assertThat(Points.of("1.0005")).isEqualTo(Points.of("1.001"));
        assertThat(Points.of("1.00049")).isEqualTo(Points.of("1"));
        assertThat(Points.of("-1.0005")).isEqualTo(Points.of("-1.001"));
    }

    @Test
    void points_of_equal_value_are_equal_whatever_scale_they_were_given_in() {
        assertThat(Points.of("120")).isEqualTo(Points.of("120.000")).isEqualTo(Points.of(120));
        assertThat(Points.of("120").hashCode()).isEqualTo(Points.of("120.000").hashCode());
    }

    @Test
    void whole_points_display_without_decimals() {
        assertThat(Points.of("120.000").display()).isEqualTo("120");
        assertThat(Points.of(1200).display()).isEqualTo("1200");
        assertThat(Points.of(1200).toString()).isEqualTo("1200");
    }

    @Test
    void fractional_points_display_without_trailing_zeros() {
        assertThat(Points.of("26447.104").display()).isEqualTo("26447.104");
        assertThat(Points.of("99.50").display()).isEqualTo("99.5");
        assertThat(Points.of("0.010").display()).isEqualTo("0.01");
    }

    @Test
    void zero_and_negative_points_display_plainly() {
        assertThat(Points.ZERO.display()).isEqualTo("0");
        assertThat(Points.of("-5.500").display()).isEqualTo("-5.5");
        assertThat(Points.of("100000000").display()).isEqualTo("100000000");
    }

    @Test
    void arithmetic_keeps_the_scale() {
        Points a = Points.of("10.125");
        Points b = Points.of("2.5");
        assertThat(a.plus(b)).isEqualTo(Points.of("12.625"));
        assertThat(a.minus(b)).isEqualTo(Points.of("7.625"));
        assertThat(b.minus(a)).isEqualTo(Points.of("-7.625"));
        assertThat(a.negate()).isEqualTo(Points.of("-10.125"));
        assertThat(a.min(b)).isEqualTo(b);
        assertThat(a.max(b)).isEqualTo(a);
    }

    @Test
    void sign_tests() {
        assertThat(Points.of(1).isPositive()).isTrue();
        assertThat(Points.of(-1).isNegative()).isTrue();
        assertThat(Points.ZERO.isZero()).isTrue();
        assertThat(Points.of("0.0004").isZero()).as("rounds to zero").isTrue();
        assertThat(Points.ZERO.isPositive()).isFalse();
        assertThat(Points.ZERO.isNegative()).isFalse();
    }

    @Test
    void points_need_a_value() {
        assertThatThrownBy(() -> new Points((BigDecimal) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void points_order_by_value() {
        assertThat(Points.of("1.5")).isLessThan(Points.of(2)).isGreaterThan(Points.of("1.499"));
    }
}
