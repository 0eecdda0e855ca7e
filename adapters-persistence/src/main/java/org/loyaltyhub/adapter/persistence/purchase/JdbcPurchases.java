package org.loyaltyhub.adapter.persistence.purchase;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.PurchaseFilter;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.CreditNote;
import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.Tender;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

@Singleton
public class JdbcPurchases implements Purchases {
    private final PurchaseRepository repository;
    private final PurchaseInserts inserts;
    private final PurchaseMapper mapper;
    private final FilteredPurchaseQuery filtered;
    private final TenderRepository tenders;
    private final CreditNoteRepository creditNotes;
    private final LineItemRepository lineItems;
    private final AnonymousPurchaseRepository anonymous;
    private final RecordedBillQuery recorded;

    JdbcPurchases(PurchaseRepository repository, PurchaseInserts inserts, PurchaseMapper mapper,
                  FilteredPurchaseQuery filtered, TenderRepository tenders, CreditNoteRepository creditNotes,
                  LineItemRepository lineItems, AnonymousPurchaseRepository anonymous, RecordedBillQuery recorded) {
        this.lineItems = lineItems;
        this.anonymous = anonymous;
        this.recorded = recorded;
        this.tenders = tenders;
        this.creditNotes = creditNotes;
        this.repository = repository;
        this.inserts = inserts;
        this.mapper = mapper;
        this.filtered = filtered;
    }

    @Override
    public List<Purchase> add(CustomerId customerId, ProgramId programId, List<Purchase> purchases) {
        if (purchases.isEmpty()) {
            return List.of();
        }
        List<PurchaseRow> rows = purchases.stream()
                .map(purchase -> mapper.toRow(purchase, customerId.value(), programId))
                .toList();
        List<Purchase> stored = new ArrayList<>(purchases.size());
        for (PurchaseRow row : inserts.insertAll(rows)) {
            stored.add(mapper.toPurchase(row));
        }
        return stored;
    }

    /** Returns can exceed what was bought (a return of a bill from before the data began): floor at zero. */
    @Override
    public Map<CustomerId, Map<ProgramId, Money>> netTotalsOf(Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Map<CustomerId, Map<ProgramId, Money>> totals = new LinkedHashMap<>();
        for (NetTotalRow row : repository.findNetTotals(ids(customerIds))) {
            totals.computeIfAbsent(new CustomerId(row.customerId()), k -> new LinkedHashMap<>())
                    .put(new ProgramId(row.programId()), new Money(row.netAmount().max(BigDecimal.ZERO)));
        }
        return totals;
    }

    @Override
    public Map<CustomerId, List<Purchase>> recentOf(Collection<CustomerId> customerIds, PurchaseFilter filter,
                                                    int limit) {
        if (customerIds.isEmpty() || filter.types().isEmpty() || limit <= 0) {
            return Map.of();
        }
        Map<CustomerId, List<Purchase>> byCustomer = new LinkedHashMap<>();
        for (PurchaseRow row : filtered.newest(ids(customerIds), filter, limit)) {
            byCustomer.computeIfAbsent(new CustomerId(row.customerId()), id -> new ArrayList<>())
                    .add(mapper.toPurchase(row));
        }
        return byCustomer;
    }

    @Override
    public Map<CustomerId, Map<ProgramId, List<Purchase>>> historyOf(Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Map<CustomerId, Map<ProgramId, List<Purchase>>> history = new LinkedHashMap<>();
        for (PurchaseRow row : repository.findAllOf(ids(customerIds))) {
            history.computeIfAbsent(new CustomerId(row.customerId()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(new ProgramId(row.programId()), k -> new ArrayList<>())
                    .add(mapper.toPurchase(row));
        }
        return history;
    }

    @Override
    public void addPaymentDetails(Map<Long, PaymentDetails> byPurchaseId) {
        List<TenderRow> tenderRows = new ArrayList<>();
        List<CreditNoteRow> noteRows = new ArrayList<>();
        byPurchaseId.forEach((purchaseId, payment) -> {
            for (Tender tender : payment.tenders()) {
                tenderRows.add(new TenderRow(null, purchaseId, tenderRows.size(), tender.mode(), tender.value().value()));
            }
            for (CreditNote note : payment.creditNotes()) {
                noteRows.add(new CreditNoteRow(null, purchaseId, noteRows.size(), note.number(), note.amount().value()));
            }
        });
        if (!tenderRows.isEmpty()) {
            tenders.saveAll(tenderRows);
        }
        if (!noteRows.isEmpty()) {
            creditNotes.saveAll(noteRows);
        }
    }

    @Override
    public Map<Long, PaymentDetails> paymentDetailsOf(Collection<Long> purchaseIds) {
        if (purchaseIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = purchaseIds.stream().distinct().toList();
        Map<Long, List<Tender>> tendersById = new LinkedHashMap<>();
        for (TenderRow row : tenders.findByPurchaseIdInOrderByPosition(ids)) {
            tendersById.computeIfAbsent(row.purchaseId(), k -> new ArrayList<>())
                    .add(new Tender(row.mode(), new Money(row.tenderValue())));
        }
        Map<Long, List<CreditNote>> notesById = new LinkedHashMap<>();
        for (CreditNoteRow row : creditNotes.findByPurchaseIdInOrderByPosition(ids)) {
            notesById.computeIfAbsent(row.purchaseId(), k -> new ArrayList<>())
                    .add(new CreditNote(row.noteNumber(), new Money(row.amount())));
        }
        Map<Long, PaymentDetails> details = new LinkedHashMap<>();
        for (Long id : ids) {
            PaymentDetails payment = new PaymentDetails(tendersById.get(id), notesById.get(id));
            if (!payment.isEmpty()) {
                details.put(id, payment);
            }
        }
        return details;
    }

    @Override
    public boolean isRecorded(OrgId orgId, String storeCode, String billNumber, TransactionType type) {
        return recorded.isRecorded(orgId.value(), storeCode, billNumber, type.name());
    }

    @Override
    public void addLineItems(Map<Long, List<LineItem>> byPurchaseId) {
        List<LineItemRow> rows = new ArrayList<>();
        byPurchaseId.forEach((purchaseId, items) -> {
            for (int position = 0; position < items.size(); position++) {
                rows.add(mapper.toRow(items.get(position), purchaseId, position));
            }
        });
        if (!rows.isEmpty()) {
            lineItems.saveAll(rows);
        }
    }

    @Override
    public Map<Long, List<LineItem>> lineItemsOf(Collection<Long> purchaseIds) {
        if (purchaseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<LineItem>> byPurchase = new LinkedHashMap<>();
        for (LineItemRow row : lineItems.findOf(purchaseIds.stream().distinct().toList())) {
            byPurchase.computeIfAbsent(row.purchaseId(), id -> new ArrayList<>()).add(mapper.toLineItem(row));
        }
        return byPurchase;
    }

    @Override
    public Purchase addAnonymous(OrgId orgId, ProgramId programId, Purchase bill) {
        if (bill.id() != null) {
            throw new IllegalArgumentException("bill " + bill.id() + " is already stored");
        }
        AnonymousPurchaseRow saved = anonymous.save(mapper.toAnonymousRow(bill, orgId.value(), programId));
        return new Purchase(saved.id(), bill.bill(), bill.type(), bill.amount(), bill.at(), bill.tillCode(),
                bill.returnOf());
    }

    private static List<Long> ids(Collection<CustomerId> customerIds) {
        return customerIds.stream().map(CustomerId::value).distinct().toList();
    }
}
