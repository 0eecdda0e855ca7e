package org.loyaltyhub.application.port.in.write;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.loyaltyhub.domain.program.ProgramId;

/**
 * @param points    signed: positive credits, negative debits; never zero
 * @param programId null: the default program
 * @param reason    why (shown with the ledger entry; may be null)
 * @param at        null: now; never before the customer's latest event
 */
public record PointsAdjustmentCommand(CustomerRef customer, BigDecimal points, ProgramId programId, String reason,
                                      Instant at) {
    public PointsAdjustmentCommand {
        Objects.requireNonNull(customer, "customer");
    }
}
