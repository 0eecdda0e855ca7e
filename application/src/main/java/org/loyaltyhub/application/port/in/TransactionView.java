package org.loyaltyhub.application.port.in;

import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.shared.Points;

/** A bill as a lookup shows it, with the points it earned and the till that rang it up. */
public record TransactionView(Purchase purchase, Points points, Till till) {
}
