package org.loyaltyhub.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.shared.Money;

class PurchaseTest {
    private static final BillRef B1 = new BillRef("S1", "B1");
    private static final BillRef R1 = new BillRef("S1", "R1");
    private static final Instant AT = Instant.parse("2024-01-10T12:00:00Z");

    @Test
    void only_a_regular_bill_earns() {
        for (TransactionType type : TransactionType.values()) {
            BillRef returnOf = type == TransactionType.RETURN ? B1 : null;
            assertThat(new Purchase(null, R1, type, Money.of("10"), AT, "T1", returnOf).earns()).as(type.name())
                    .isEqualTo(type == TransactionType.REGULAR);
        }
    }

    @Test
    void a_return_names_the_bill_it_returns() {
        assertThatThrownBy(() -> new Purchase(null, R1, TransactionType.RETURN, Money.of("10"), AT, "T1", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Purchase(null, R1, TransactionType.RETURN, Money.of("10"), AT, "T1", B1).returnOf())
                .isEqualTo(B1);
    }

    @Test
    void only_returns_keep_the_returned_bill() {
        assertThat(new Purchase(null, B1, TransactionType.REGULAR, Money.of("10"), AT, "T1", R1).returnOf()).isNull();
        assertThat(new Purchase(null, R1, TransactionType.NOT_INTERESTED_RETURN, Money.of("10"), AT, "T1", B1)
                .returnOf()).isEqualTo(B1);
    }
}
