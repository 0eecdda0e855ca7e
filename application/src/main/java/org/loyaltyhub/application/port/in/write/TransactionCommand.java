package org.loyaltyhub.application.port.in.write;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.TransactionType;

/**
 * One {@code transaction/add} bill.
 *
 * @param customer       who the bill is for; may be null only for NOT_INTERESTED (an anonymous bill)
 * @param amount         the bill amount; for a RETURN, what is returned (null: the line items' total, or
 *                       without line items the whole original bill)
 * @param billingTime    when the bill was made (null: now); never before the customer's latest event
 * @param storeCode      null: the caller's store
 * @param programId      null: the org's default program
 * @param returnOfNumber RETURN only: the number of the bill being returned, at {@code returnOfStore}
 *                       (null: the same store)
 * @param lineItems      for a RETURN, the lines returned
 */
public record TransactionCommand(CustomerRef customer, TransactionType type, String number, BigDecimal amount,
                                 Instant billingTime, String storeCode, ProgramId programId, String returnOfNumber,
                                 String returnOfStore, List<LineItem> lineItems, PaymentDetails payment,
                                 String notes) {
    public TransactionCommand {
        Objects.requireNonNull(type, "transaction type");
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        payment = payment == null ? PaymentDetails.NONE : payment;
        notes = notes == null ? "" : notes;
    }
}
