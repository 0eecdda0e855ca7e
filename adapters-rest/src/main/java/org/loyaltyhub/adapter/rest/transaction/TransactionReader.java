package org.loyaltyhub.adapter.rest.transaction;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.loyaltyhub.adapter.rest.write.CustomerIdentifiers;
import org.loyaltyhub.adapter.rest.write.Family;
import org.loyaltyhub.adapter.rest.write.Fields;
import org.loyaltyhub.adapter.rest.write.ItemFailure;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.CreditNote;
import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Tender;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

/**
 * Turns a transaction item into the command. The checks Capillary has its own codes for are made here
 * (601 amount, 602 number, 628 return type); the rules that need stored data are the use case's.
 */
final class TransactionReader {
    static final String INVALID_AMOUNT = "601";
    static final String INVALID_NUMBER = "602";
    static final String INVALID_RETURN_TYPE = "628";

    private TransactionReader() {
    }

    static TransactionCommand command(TransactionItem item, ZoneId zone) {
        TransactionType type = Fields.choice("type", item.type(), TransactionType.class);
        type = type == null ? TransactionType.REGULAR : type;
        String number = Fields.text(item.number());
        if (number == null) {
            throw new ItemFailure(INVALID_NUMBER, "Invalid transaction number: number is required");
        }
        BigDecimal amount = amount(item.amount());
        List<LineItem> lines = lineItems(item);
        CustomerRef customer = (item.customer() == null ? CustomerIdentifiers.NONE : item.customer())
                .ref(Family.TRANSACTION).orElse(null);
        String notes = Fields.text(item.notes()) != null ? item.notes().trim() : Fields.text(item.notInterestedReason());
        ProgramId programId = Fields.positiveLong("program_id", item.programId(), ItemFailure.INVALID_INPUT)
                .map(ProgramId::new).orElse(null);
        String ownNumber = number;
        String returnOf = null;
        String returnOfStore = null;
        if (isReturn(type)) {
            ReturnType returnType = returnType(item, amount, lines);
            // Capillary names the returned bill by number; parent_bill_number frees number for the return itself.
            returnOf = Fields.text(item.parentBillNumber()) != null ? item.parentBillNumber().trim() : number;
            returnOfStore = Fields.text(item.parentStoreCode());
            switch (returnType) {
                case FULL -> {
                    amount = null;
                    lines = List.of();
                }
                case LINE_ITEM -> {
                    if (lines.isEmpty()) {
                        throw ItemFailure.invalid("line_items: a LINE_ITEM return lists the lines returned");
                    }
                }
                case AMOUNT -> {
                    if (amount == null) {
                        throw new ItemFailure(INVALID_AMOUNT, "Invalid Bill Amount: an AMOUNT return needs amount");
                    }
                    lines = List.of();
                }
            }
        } else if (amount == null) {
            throw new ItemFailure(INVALID_AMOUNT, "Invalid Bill Amount: amount is required");
        }
        return new TransactionCommand(customer, type, ownNumber, amount,
                Fields.time("billing_time", item.billingTime(), zone), Fields.text(item.storeCode()), programId,
                returnOf, returnOfStore, lines, payment(item), notes);
    }

    static boolean isReturn(TransactionType type) {
        return type == TransactionType.RETURN || type == TransactionType.NOT_INTERESTED_RETURN;
    }

    private static BigDecimal amount(String raw) {
        BigDecimal amount = Fields.decimal("amount", raw, INVALID_AMOUNT);
        if (amount != null && amount.signum() < 0) {
            throw new ItemFailure(INVALID_AMOUNT, "Invalid Bill Amount: amount must not be negative, got "
                    + amount.toPlainString());
        }
        return amount;
    }

    /** As sent, or what the item carries: lines mean LINE_ITEM, an amount AMOUNT, nothing the FULL bill. */
    private static ReturnType returnType(TransactionItem item, BigDecimal amount, List<LineItem> lines) {
        ReturnType sent = Fields.choice("return_type", item.returnType(), ReturnType.class, INVALID_RETURN_TYPE);
        if (sent != null) {
            return sent;
        }
        if (!lines.isEmpty()) {
            return ReturnType.LINE_ITEM;
        }
        return amount != null ? ReturnType.AMOUNT : ReturnType.FULL;
    }

    private static List<LineItem> lineItems(TransactionItem item) {
        if (item.lineItems() == null) {
            return List.of();
        }
        List<LineItem> lines = new ArrayList<>();
        List<TransactionItem.Line> sent = item.lineItems().lineItem();
        for (int i = 0; i < sent.size(); i++) {
            TransactionItem.Line line = sent.get(i);
            String at = "line_items.line_item[" + i + "]";
            int index = i;
            lines.add(checked(at, () -> {
                Money amount = money(at + ".amount", Fields.text(line.amount()) != null ? line.amount() : line.value());
                if (amount == null) {
                    throw ItemFailure.invalid(at + ".amount is required");
                }
                int serial = Fields.positiveLong(at + ".serial", line.serial(), ItemFailure.INVALID_INPUT)
                        .map(Long::intValue).orElse(index + 1);
                return new LineItem(serial, Fields.text(line.itemCode()), Fields.text(line.description()),
                        Fields.decimal(at + ".qty", line.qty()), money(at + ".rate", line.rate()),
                        money(at + ".discount", line.discount()), amount);
            }));
        }
        return lines;
    }

    private static PaymentDetails payment(TransactionItem item) {
        List<TransactionItem.Payment> sent = new ArrayList<>();
        if (item.paymentDetails() != null) {
            sent.addAll(item.paymentDetails().payment());
        }
        if (item.tenders() != null) {
            sent.addAll(item.tenders().tender());
        }
        List<Tender> tenders = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            TransactionItem.Payment payment = sent.get(i);
            String at = "payment_details.payment[" + i + "]";
            tenders.add(checked(at, () -> new Tender(Fields.text(payment.mode()), required(at + ".value",
                    money(at + ".value", payment.value())))));
        }
        List<CreditNote> notes = new ArrayList<>();
        List<TransactionItem.CreditNoteRow> sentNotes = item.creditNotes() == null ? List.of()
                : item.creditNotes().creditNote();
        for (int i = 0; i < sentNotes.size(); i++) {
            TransactionItem.CreditNoteRow note = sentNotes.get(i);
            String at = "credit_notes.credit_note[" + i + "]";
            notes.add(checked(at, () -> new CreditNote(Fields.text(note.number()), required(at + ".amount",
                    money(at + ".amount", note.amount())))));
        }
        return new PaymentDetails(tenders, notes);
    }

    private static Money money(String field, String raw) {
        BigDecimal value = Fields.decimal(field, raw);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw ItemFailure.invalid(field + " must not be negative, got " + value.toPlainString());
        }
        return new Money(value);
    }

    private static Money required(String field, Money value) {
        if (value == null) {
            throw ItemFailure.invalid(field + " is required");
        }
        return value;
    }

    /** A domain value built from a part of the item; its own objection names that part. */
    private static <T> T checked(String at, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException bad) {
            throw ItemFailure.invalid(at + ": " + bad.getMessage());
        }
    }
}
