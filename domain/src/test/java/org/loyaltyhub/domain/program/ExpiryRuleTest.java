package org.loyaltyhub.domain.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiryRuleTest {

    @Test
    void never_has_no_expiry_date() {
        assertThat(ExpiryRule.NEVER.expiryFor(LocalDate.of(2024, 3, 15))).isEmpty();
        assertThat(new ExpiryRule(ExpiryRule.Unit.NEVER, 7).amount()).as("amount ignored for NEVER").isZero();
    }

    @Test
    void days_expire_on_the_earn_day_plus_n() {
        assertThat(ExpiryRule.days(30).expiryFor(LocalDate.of(2024, 1, 15))).contains(LocalDate.of(2024, 2, 14));
        assertThat(ExpiryRule.days(1).expiryFor(LocalDate.of(2024, 12, 31))).contains(LocalDate.of(2025, 1, 1));
        assertThat(ExpiryRule.days(365).expiryFor(LocalDate.of(2024, 1, 1)))
                .as("2024 is a leap year").contains(LocalDate.of(2024, 12, 31));
    }

    @ParameterizedTest(name = "{0} + {1} months expires {2}")
    @CsvSource({
            "2024-01-15, 1, 2024-02-29",
            "2023-01-15, 1, 2023-02-28",
            "2024-01-31, 1, 2024-02-29",
            "2023-01-31, 1, 2023-02-28",
            "2024-01-01, 1, 2024-02-29",
            "2024-03-31, 1, 2024-04-30",
            "2024-11-30, 2, 2025-01-31",
            "2024-05-01, 12, 2025-05-31",
            "2024-02-29, 12, 2025-02-28",
    })
    void months_expire_on_the_last_day_of_the_month_n_months_later(LocalDate earned, int months, LocalDate expected) {
        assertThat(ExpiryRule.months(months).expiryFor(earned)).contains(expected);
    }

    @Test
    void a_whole_months_points_expire_together() {
        ExpiryRule rule = ExpiryRule.months(3);
        assertThat(rule.expiryFor(LocalDate.of(2024, 5, 1))).isEqualTo(rule.expiryFor(LocalDate.of(2024, 5, 31)))
                .contains(LocalDate.of(2024, 8, 31));
    }

    @Test
    void days_and_months_need_a_positive_amount() {
        assertThatThrownBy(() -> ExpiryRule.days(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExpiryRule.months(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpiryRule(null, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
