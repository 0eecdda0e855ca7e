package org.loyaltyhub.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.Points;

class LedgerEntryTest {
    private static final ProgramId PROGRAM = new ProgramId(7);
    private static final Instant AT = Instant.parse("2024-01-10T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 31);
    private static final BillRef BILL = new BillRef("S1", "B1");

    @Test
    void entry_points_must_be_positive() {
        assertThatThrownBy(() -> new LedgerEntry(PROGRAM, EntryKind.ADJUST_CREDIT, Points.ZERO, AT, null, null, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerEntry(PROGRAM, EntryKind.REDEEM, Points.of(-1), AT, null, null, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_expire_entry_names_its_expiry_date() {
        assertThatThrownBy(() -> new LedgerEntry(PROGRAM, EntryKind.EXPIRE, Points.of(1), AT, null, null, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LedgerEntry(PROGRAM, EntryKind.EXPIRE, Points.of(1), AT, DAY, null, null, null, null)
                .expiresOn()).isEqualTo(DAY);
    }

    @Test
    void earn_and_return_entries_need_their_bill() {
        assertThatThrownBy(() -> new LedgerEntry(PROGRAM, EntryKind.EARN, Points.of(1), AT, null, null, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerEntry(PROGRAM, EntryKind.RETURN, Points.of(1), AT, null, null, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void debits_carry_no_expiry_or_availability_and_reason_defaults_to_empty() {
        LedgerEntry redeem = new LedgerEntry(PROGRAM, EntryKind.REDEEM, Points.of(1), AT, DAY, DAY, null, null, null);
        assertThat(redeem.expiresOn()).isNull();
        assertThat(redeem.availableFrom()).isNull();
        assertThat(redeem.reason()).isEmpty();
        LedgerEntry expire = new LedgerEntry(PROGRAM, EntryKind.EXPIRE, Points.of(1), AT, DAY, DAY, null, null, null);
        assertThat(expire.availableFrom()).isNull();
    }

    @Test
    void credit_and_debit_kinds() {
        assertThat(EntryKind.EARN.isCredit()).isTrue();
        assertThat(EntryKind.PROMOTION.isCredit()).isTrue();
        assertThat(EntryKind.ADJUST_CREDIT.isCredit()).isTrue();
        assertThat(EntryKind.REDEEM.isCredit()).isFalse();
        assertThat(EntryKind.EXPIRE.isCredit()).isFalse();
        assertThat(EntryKind.RETURN.isCredit()).isFalse();
        assertThat(EntryKind.ADJUST_DEBIT.isCredit()).isFalse();
    }

    @Test
    void a_bill_needs_store_and_number() {
        assertThatThrownBy(() -> new BillRef(" ", "B1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BillRef("S1", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BillRef("S1", "B1")).isEqualTo(BILL);
    }
}
