package org.loyaltyhub.domain.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.program.ProgramId;

class TierStandingTest {
    private static final ProgramId PROGRAM = new ProgramId(7);

    private static SlabChange change(SlabChangeType type, int from, int to, String at, String validUntil) {
        return new SlabChange(PROGRAM, type, from, to, Instant.parse(at),
                validUntil == null ? null : LocalDate.parse(validUntil), "S1", null);
    }

    @Test
    void no_history_means_the_entry_slab_for_good() {
        TierStanding s = TierStanding.from(List.of(), ZoneOffset.UTC);
        assertThat(s).isEqualTo(TierStanding.ENTRY);
        assertThat(s.serial()).isEqualTo(1);
        assertThat(s.validUntil()).isNull();
        assertThat(s.isDueForRenewalOn(LocalDate.of(2999, 1, 1))).as("entry slab never expires").isFalse();
    }

    @Test
    void the_last_change_wins() {
        List<SlabChange> history = List.of(
                change(SlabChangeType.UPGRADE, 1, 3, "2024-01-15T10:00:00Z", "2025-01-14"),
                change(SlabChangeType.DOWNGRADE, 3, 2, "2025-01-15T00:00:00Z", "2026-01-14"));
        TierStanding s = TierStanding.from(history, ZoneOffset.UTC);
        assertThat(s).isEqualTo(new TierStanding(2, LocalDate.of(2025, 1, 15), LocalDate.of(2026, 1, 14)));
    }

    @Test
    void a_downgrade_to_the_entry_slab_never_expires_again() {
        TierStanding s = TierStanding.from(List.of(
                change(SlabChangeType.UPGRADE, 1, 2, "2024-01-15T10:00:00Z", "2025-01-14"),
                change(SlabChangeType.DOWNGRADE, 2, 1, "2025-01-15T00:00:00Z", null)), ZoneOffset.UTC);
        assertThat(s.serial()).isEqualTo(1);
        assertThat(s.isDueForRenewalOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void the_period_starts_on_the_day_of_the_change_in_the_orgs_zone() {
        List<SlabChange> history = List.of(change(SlabChangeType.UPGRADE, 1, 2, "2024-01-14T20:00:00Z", "2025-01-14"));
        assertThat(TierStanding.from(history, ZoneId.of("Asia/Kolkata")).periodStart())
                .isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(TierStanding.from(history, ZoneOffset.UTC).periodStart()).isEqualTo(LocalDate.of(2024, 1, 14));
    }

    @Test
    void a_slab_is_held_through_its_last_day_and_due_the_day_after() {
        TierStanding s = new TierStanding(2, LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 14));
        assertThat(s.isDueForRenewalOn(LocalDate.of(2025, 1, 14))).isFalse();
        assertThat(s.isDueForRenewalOn(LocalDate.of(2025, 1, 15))).isTrue();
    }

    @Test
    void serials_start_at_one() {
        assertThatThrownBy(() -> new TierStanding(0, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slab_change_direction_is_checked() {
        assertThatThrownBy(() -> change(SlabChangeType.UPGRADE, 2, 2, "2024-01-01T00:00:00Z", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> change(SlabChangeType.UPGRADE, 3, 2, "2024-01-01T00:00:00Z", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> change(SlabChangeType.DOWNGRADE, 2, 3, "2024-01-01T00:00:00Z", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> change(SlabChangeType.RENEW, 2, 1, "2024-01-01T00:00:00Z", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> change(SlabChangeType.UPGRADE, 0, 2, "2024-01-01T00:00:00Z", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(change(SlabChangeType.RENEW, 2, 2, "2024-01-01T00:00:00Z", null).notes()).isEmpty();
    }
}
