package org.loyaltyhub.application.port.in;

import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.shared.Points;

/**
 * A bill as a lookup shows it, with the points it earned, the till that rang it up and, when asked for
 * ({@code tenders}, {@code credit_notes}), how it was settled.
 */
public record TransactionView(Purchase purchase, Points points, Till till, PaymentDetails payment) {
    public TransactionView {
        payment = payment == null ? PaymentDetails.NONE : payment;
    }

    public TransactionView(Purchase purchase, Points points, Till till) {
        this(purchase, points, till, PaymentDetails.NONE);
    }
}
