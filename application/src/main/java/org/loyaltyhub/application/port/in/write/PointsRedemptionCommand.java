package org.loyaltyhub.application.port.in.write;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.loyaltyhub.domain.program.ProgramId;

/**
 * @param points      as sent; must be positive
 * @param programId   null: the default program
 * @param billNumber  the bill the points pay for, if any (recorded as the redemption's reason)
 * @param at          null: now
 */
public record PointsRedemptionCommand(CustomerRef customer, BigDecimal points, ProgramId programId,
                                      String billNumber, Instant at) {
    public PointsRedemptionCommand {
        Objects.requireNonNull(customer, "customer");
    }
}
