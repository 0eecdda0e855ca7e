package org.loyaltyhub.domain.purchase;

import java.util.List;

/** What was recorded about how a bill was settled: its tenders and the credit notes issued against it. */
public record PaymentDetails(List<Tender> tenders, List<CreditNote> creditNotes) {
    public static final PaymentDetails NONE = new PaymentDetails(List.of(), List.of());

    public PaymentDetails {
        tenders = List.copyOf(tenders == null ? List.of() : tenders);
        creditNotes = List.copyOf(creditNotes == null ? List.of() : creditNotes);
    }

    public boolean isEmpty() {
        return tenders.isEmpty() && creditNotes.isEmpty();
    }
}
