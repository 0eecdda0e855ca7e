package org.loyaltyhub.adapter.rest.transaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.ZoneId;
import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.adapter.rest.write.CustomerSummary;
import org.loyaltyhub.adapter.rest.write.WriteEntry;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.application.port.in.write.TransactionRecorded;

/**
 * A bill as transaction/add stored it: its id, what was sent for it, the customer's figures right after
 * (null for an anonymous bill) and what it earned or took back.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record RecordedTransaction(
        String id,
        String number,
        String type,
        String amount,
        @JsonProperty("billing_time") String billingTime,
        @JsonProperty("store_code") String storeCode,
        @JsonProperty("return_of") String returnOf,
        CustomerSummary customer,
        @JsonProperty("side_effects") Effect.Effects sideEffects,
        @JsonProperty("item_status") ItemStatus itemStatus) implements WriteEntry {

    static RecordedTransaction of(TransactionCommand sent, String storeCode, TransactionRecorded recorded,
                                  ZoneId zone, ItemStatus status) {
        return new RecordedTransaction(
                String.valueOf(recorded.transactionId()),
                sent.number(),
                sent.type().name(),
                WireValues.text(sent.amount()),
                WireValues.dateTime(sent.billingTime(), zone),
                storeCode,
                sent.returnOfNumber(),
                recorded.customer().map(c -> CustomerSummary.of(c, recorded.standing())).orElse(null),
                Effect.of(recorded),
                status);
    }
}
