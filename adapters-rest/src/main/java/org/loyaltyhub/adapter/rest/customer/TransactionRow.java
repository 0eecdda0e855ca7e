package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A bill in the embedded list. {@code store} is the till code (Capillary's naming); amounts and points
 * are strings here, unlike the customer's top-level figures. {@code tenders} and {@code credit_notes}
 * are written only when asked for ({@code tenders=true}, {@code credit_notes=true}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record TransactionRow(String id,
                      String number,
                      String type,
                      @JsonProperty("created_date") String createdDate,
                      String store,
                      String amount,
                      @JsonProperty("store_code") String storeCode,
                      String points,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Tenders tenders,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("credit_notes") CreditNotes creditNotes) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Tenders(List<Tender> tender) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Tender(String mode, String value) {
    }

    /** Our shape: Capillary's is not published. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CreditNotes(@JsonProperty("credit_note") List<CreditNote> creditNote) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CreditNote(String number, String amount) {
    }

    TransactionRow withPayment(Tenders newTenders, CreditNotes newCreditNotes) {
        return new TransactionRow(id, number, type, createdDate, store, amount, storeCode, points, newTenders,
                newCreditNotes);
    }
}
