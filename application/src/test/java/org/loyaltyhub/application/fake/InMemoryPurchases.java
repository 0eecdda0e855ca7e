package org.loyaltyhub.application.fake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.PurchaseFilter;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

public final class InMemoryPurchases implements Purchases {
    private final Map<CustomerId, List<Purchase>> byCustomer = new HashMap<>();
    private final Map<Long, ProgramId> programOfBill = new HashMap<>();
    private final Map<Long, PaymentDetails> payments = new HashMap<>();
    private final Map<Long, List<LineItem>> lineItems = new HashMap<>();
    private final List<AnonymousBill> anonymous = new ArrayList<>();
    private final InMemoryCustomers customers;
    private long nextId = 1;
    public int reads;
    /** Calls that read each customer's whole history: every bill, or the net totals of every bill. */
    public int historyReads;
    /** Calls that change what is stored. */
    public int writes;

    /** The customers tell which org a customer's bill belongs to (bill numbers are unique per org and store). */
    public InMemoryPurchases(InMemoryCustomers customers) {
        this.customers = customers;
    }

    @Override
    public List<Purchase> add(CustomerId customerId, ProgramId programId, List<Purchase> purchases) {
        writes++;
        List<Purchase> stored = new ArrayList<>();
        for (Purchase p : purchases) {
            programOfBill.put(nextId, programId);
            stored.add(new Purchase(nextId++, p.bill(), p.type(), p.amount(), p.at(), p.tillCode(), p.returnOf()));
        }
        byCustomer.computeIfAbsent(customerId, k -> new ArrayList<>()).addAll(stored);
        return stored;
    }

    @Override
    public Map<CustomerId, Map<ProgramId, Money>> netTotalsOf(Collection<CustomerId> customerIds) {
        reads++;
        historyReads++;
        Map<CustomerId, Map<ProgramId, Money>> result = new HashMap<>();
        for (CustomerId id : customerIds) {
            Map<ProgramId, BigDecimal> sums = new HashMap<>();
            for (Purchase p : byCustomer.getOrDefault(id, List.of())) {
                if (p.type() == TransactionType.REGULAR || p.type() == TransactionType.RETURN) {
                    BigDecimal signed = p.type() == TransactionType.RETURN ? p.amount().value().negate() : p.amount().value();
                    sums.merge(programOfBill.get(p.id()), signed, BigDecimal::add);
                }
            }
            if (!sums.isEmpty()) {
                Map<ProgramId, Money> totals = new HashMap<>();
                sums.forEach((program, sum) -> totals.put(program, new Money(sum.max(BigDecimal.ZERO))));
                result.put(id, totals);
            }
        }
        return result;
    }

    @Override
    public Map<CustomerId, List<Purchase>> recentOf(Collection<CustomerId> customerIds, PurchaseFilter filter,
                                                    int limit) {
        reads++;
        Map<CustomerId, List<Purchase>> result = new HashMap<>();
        for (CustomerId id : customerIds) {
            List<Purchase> recent = byCustomer.getOrDefault(id, List.of()).stream()
                    .filter(filter::accepts)
                    .sorted(Comparator.comparing(Purchase::at).thenComparing(Purchase::id).reversed())
                    .limit(limit)
                    .toList();
            if (!recent.isEmpty()) {
                result.put(id, recent);
            }
        }
        return result;
    }

    @Override
    public Map<CustomerId, Map<ProgramId, List<Purchase>>> historyOf(Collection<CustomerId> customerIds) {
        reads++;
        historyReads++;
        Map<CustomerId, Map<ProgramId, List<Purchase>>> result = new HashMap<>();
        for (CustomerId id : customerIds) {
            for (Purchase p : byCustomer.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(Purchase::at).thenComparing(Purchase::id)).toList()) {
                result.computeIfAbsent(id, k -> new HashMap<>())
                        .computeIfAbsent(programOfBill.get(p.id()), k -> new ArrayList<>()).add(p);
            }
        }
        return result;
    }

    @Override
    public void addPaymentDetails(Map<Long, PaymentDetails> byPurchaseId) {
        writes++;
        payments.putAll(byPurchaseId);
    }

    @Override
    public Map<Long, PaymentDetails> paymentDetailsOf(Collection<Long> purchaseIds) {
        reads++;
        Map<Long, PaymentDetails> result = new HashMap<>();
        purchaseIds.forEach(id -> {
            if (payments.containsKey(id)) {
                result.put(id, payments.get(id));
            }
        });
        return result;
    }

    @Override
    public boolean isRecorded(OrgId orgId, String storeCode, String billNumber, TransactionType type) {
        reads++;
        boolean anonymousMatch = anonymous.stream().anyMatch(a -> a.orgId.equals(orgId) && matches(a.bill, storeCode,
                billNumber, type));
        return anonymousMatch || byCustomer.entrySet().stream()
                .filter(e -> customers.peek(e.getKey()).map(c -> c.orgId().equals(orgId)).orElse(false))
                .flatMap(e -> e.getValue().stream())
                .anyMatch(p -> matches(p, storeCode, billNumber, type));
    }

    private static boolean matches(Purchase p, String storeCode, String billNumber, TransactionType type) {
        return p.type() == type && p.bill().storeCode().equals(storeCode) && p.bill().number().equals(billNumber);
    }

    @Override
    public void addLineItems(Map<Long, List<LineItem>> byPurchaseId) {
        writes++;
        byPurchaseId.forEach((id, items) -> {
            if (!items.isEmpty()) {
                lineItems.computeIfAbsent(id, k -> new ArrayList<>()).addAll(items);
            }
        });
    }

    @Override
    public Map<Long, List<LineItem>> lineItemsOf(Collection<Long> purchaseIds) {
        reads++;
        Map<Long, List<LineItem>> result = new HashMap<>();
        purchaseIds.forEach(id -> {
            if (lineItems.containsKey(id)) {
                result.put(id, List.copyOf(lineItems.get(id)));
            }
        });
        return result;
    }

    @Override
    public Purchase addAnonymous(OrgId orgId, ProgramId programId, Purchase bill) {
        writes++;
        Purchase stored = new Purchase(nextId++, bill.bill(), bill.type(), bill.amount(), bill.at(), bill.tillCode(),
                bill.returnOf());
        programOfBill.put(stored.id(), programId);
        anonymous.add(new AnonymousBill(orgId, stored));
        return stored;
    }

    /** Anonymous bills stored so far, for tests. */
    public List<Purchase> anonymousBills(OrgId orgId) {
        return anonymous.stream().filter(a -> a.orgId.equals(orgId)).map(AnonymousBill::bill).toList();
    }

    private record AnonymousBill(OrgId orgId, Purchase bill) {
    }
}
