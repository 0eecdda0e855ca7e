package org.loyaltyhub.domain.ledger;

import org.loyaltyhub.domain.shared.Points;

/**
 * The figures a ledger derives on one day.
 *
 * @param available what may be spent today ({@code loyalty_points})
 * @param lifetime  earned (bills and promotions) minus returned ({@code lifetime_points})
 * @param delayed   credited but not yet spendable
 * @param expired   recorded expiries plus lots whose expiry date has passed
 * @param adjusted  manual credits minus manual debits
 */
public record PointsBalance(Points available, Points lifetime, Points redeemed, Points expired, Points returned,
                            Points adjusted, Points delayed) {
    public static final PointsBalance EMPTY = new PointsBalance(Points.ZERO, Points.ZERO, Points.ZERO, Points.ZERO,
            Points.ZERO, Points.ZERO, Points.ZERO);

    public PointsBalance plus(PointsBalance o) {
        return new PointsBalance(available.plus(o.available), lifetime.plus(o.lifetime), redeemed.plus(o.redeemed),
                expired.plus(o.expired), returned.plus(o.returned), adjusted.plus(o.adjusted), delayed.plus(o.delayed));
    }
}
