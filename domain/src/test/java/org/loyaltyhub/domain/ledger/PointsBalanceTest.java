package org.loyaltyhub.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.shared.Points;

class PointsBalanceTest {

    @Test
    void balances_of_several_programs_add_up_figure_by_figure() {
        PointsBalance a = new PointsBalance(Points.of(1), Points.of(2), Points.of(3), Points.of(4), Points.of(5),
                Points.of(-6), Points.of(7));
        PointsBalance b = new PointsBalance(Points.of("0.5"), Points.of(20), Points.of(30), Points.of(40),
                Points.of(50), Points.of(60), Points.of(70));
        assertThat(a.plus(b)).isEqualTo(new PointsBalance(Points.of("1.5"), Points.of(22), Points.of(33),
                Points.of(44), Points.of(55), Points.of(54), Points.of(77)));
        assertThat(a.plus(PointsBalance.EMPTY)).isEqualTo(a);
    }
}
