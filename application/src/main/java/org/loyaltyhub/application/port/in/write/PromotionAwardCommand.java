package org.loyaltyhub.application.port.in.write;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.loyaltyhub.domain.program.ProgramId;

/**
 * @param points        positive
 * @param programId     null: the default program
 * @param availableFrom null: spendable at once; else a delayed accrual, spendable from that day (org time)
 * @param reason        the promotion's name (may be null)
 * @param at            null: now; never before the customer's latest event
 */
public record PromotionAwardCommand(CustomerRef customer, BigDecimal points, ProgramId programId,
                                    LocalDate availableFrom, String reason, Instant at) {
    public PromotionAwardCommand {
        Objects.requireNonNull(customer, "customer");
    }
}
