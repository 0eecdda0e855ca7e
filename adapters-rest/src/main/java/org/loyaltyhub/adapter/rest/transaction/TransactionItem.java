package org.loyaltyhub.adapter.rest.transaction;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.loyaltyhub.adapter.rest.write.CustomerIdentifiers;

/**
 * One {@code root.transaction} item of transaction/add, values as sent. For a RETURN, Capillary's
 * {@code number} is the number of the bill being returned; {@code parent_bill_number}, when given, names that
 * bill instead and {@code number} is the return's own. {@code parent_store_code} (ours) names the store of
 * the returned bill when it is not the return's store.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TransactionItem(
        String type,
        String number,
        String amount,
        @JsonProperty("billing_time") String billingTime,
        CustomerIdentifiers customer,
        @JsonProperty("line_items") LineItems lineItems,
        @JsonProperty("payment_details") Payments paymentDetails,
        Tenders tenders,
        @JsonProperty("credit_notes") CreditNotes creditNotes,
        @JsonProperty("return_type") String returnType,
        @JsonProperty("parent_bill_number") String parentBillNumber,
        @JsonProperty("parent_store_code") String parentStoreCode,
        String notes,
        @JsonProperty("not_interested_reason") String notInterestedReason,
        @JsonProperty("store_code") String storeCode,
        @JsonProperty("program_id") String programId) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LineItems(@JsonProperty("line_item") List<Line> lineItem) {
        LineItems {
            lineItem = lineItem == null ? List.of() : lineItem.stream().filter(Objects::nonNull).toList();
        }
    }

    /** {@code value} is rate times quantity; {@code amount} what the line cost after discount. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String serial, @JsonProperty("item_code") String itemCode, String description, String qty,
                String rate, String discount, String value, String amount) {
    }

    /** Capillary's {@code payment_details: {payment: [{mode, value}]}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Payments(List<Payment> payment) {
        Payments {
            payment = payment == null ? List.of() : payment.stream().filter(Objects::nonNull).toList();
        }
    }

    /** {@code tenders: {tender: [{mode, value}]}}, the shape customer/get shows. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tenders(List<Payment> tender) {
        Tenders {
            tender = tender == null ? List.of() : tender.stream().filter(Objects::nonNull).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Payment(String mode, String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreditNotes(@JsonProperty("credit_note") List<CreditNoteRow> creditNote) {
        CreditNotes {
            creditNote = creditNote == null ? List.of() : creditNote.stream().filter(Objects::nonNull).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreditNoteRow(String number, String amount) {
    }
}
