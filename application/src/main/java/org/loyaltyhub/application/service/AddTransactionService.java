package org.loyaltyhub.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.AddAnyTransactionUseCase;
import org.loyaltyhub.application.port.in.write.AddTransactionUseCase;
import org.loyaltyhub.application.port.in.write.ProgramStanding;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.application.port.in.write.TransactionRecorded;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * {@code transaction/add}: records one bill through the ledger rules. A REGULAR bill of a member earns at
 * the member's slab and may then upgrade it; a RETURN takes back its share of what the original bill
 * earned; NOT_INTERESTED bills and a non-member's bills are recorded and earn nothing. A bill number already
 * recorded at the store with the same type is refused, checked under the customer's lock, so a retry never
 * earns twice. As {@link AddAnyTransactionUseCase} it also records MIXED and NI_MIXED bills, which earn nothing.
 */
public final class AddTransactionService implements AddTransactionUseCase, AddAnyTransactionUseCase {
    private static final Set<TransactionType> SUPPORTED = Set.of(TransactionType.REGULAR, TransactionType.RETURN,
            TransactionType.NOT_INTERESTED, TransactionType.NOT_INTERESTED_RETURN);
    private static final Set<TransactionType> ALL_TYPES = Set.of(TransactionType.values());
    private static final Set<TransactionType> ANONYMOUS_ALLOWED = Set.of(TransactionType.NOT_INTERESTED,
            TransactionType.NOT_INTERESTED_RETURN);

    private final CustomerWrites writes;
    private final AccountStorage storage;
    private final Purchases purchases;

    public AddTransactionService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                 Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                                 ClockPort clock) {
        this.writes = new CustomerWrites(unitOfWork, orgs, customers, clock);
        this.storage = new AccountStorage(ledgers, purchases, slabHistories, balances);
        this.purchases = purchases;
    }

    @Override
    public TransactionRecorded add(ApiCaller caller, TransactionCommand command) {
        return add(caller, command, SUPPORTED);
    }

    @Override
    public TransactionRecorded addOfAnyType(ApiCaller caller, TransactionCommand command) {
        return add(caller, command, ALL_TYPES);
    }

    private TransactionRecorded add(ApiCaller caller, TransactionCommand command, Set<TransactionType> supported) {
        validate(command, supported);
        return writes.write(() -> {
            OrgSetup setup = writes.setupOf(caller.orgId());
            String storeCode = storeOf(setup, command.storeCode(), caller.storeCode());
            if (command.programId() != null && setup.program(command.programId()).isEmpty()) {
                throw Refusals.refuse(WriteRefusal.UNKNOWN_PROGRAM, "program " + command.programId().value()
                        + " is not a program of this org");
            }
            BillRef bill = new BillRef(storeCode, command.number());
            return command.customer() == null
                    ? addAnonymous(caller, setup, command, bill)
                    : addForCustomer(caller, setup, command, bill);
        });
    }

    private static void validate(TransactionCommand command, Set<TransactionType> supported) {
        if (!supported.contains(command.type())) {
            throw Refusals.invalid("type", command.type() + " is not supported; use one of " + supported);
        }
        if (command.number() == null || command.number().isBlank()) {
            throw Refusals.invalid("number", "the bill number is required");
        }
        if (command.customer() == null && !ANONYMOUS_ALLOWED.contains(command.type())) {
            throw Refusals.invalid("customer", "a " + command.type() + " bill needs a customer");
        }
        if (command.type() == TransactionType.RETURN) {
            if (command.returnOfNumber() == null || command.returnOfNumber().isBlank()) {
                throw Refusals.invalid("return_of", "a RETURN must name the bill it returns");
            }
            if (command.amount() != null) {
                Refusals.requireAmount("amount", command.amount());
            }
        } else {
            Refusals.requireAmount("amount", command.amount());
        }
        for (LineItem item : command.lineItems()) {
            if (item.amount().isZero() && command.type() == TransactionType.RETURN) {
                throw Refusals.invalid("line_items", "returned line " + item.itemCode() + " has no amount");
            }
        }
    }

    private static String storeOf(OrgSetup setup, String requested, String callersStore) {
        String code = requested == null || requested.isBlank() ? callersStore : requested.trim();
        if (code == null || code.isBlank()) {
            throw Refusals.refuse(WriteRefusal.UNKNOWN_STORE, "the bill names no store and the caller has none");
        }
        if (setup.store(code).isEmpty()) {
            throw Refusals.refuse(WriteRefusal.UNKNOWN_STORE, "store " + code + " is not a store of this org");
        }
        return code;
    }

    private TransactionRecorded addAnonymous(ApiCaller caller, OrgSetup setup, TransactionCommand command,
                                             BillRef bill) {
        Instant now = writes.now();
        Instant at = command.billingTime() == null ? now : command.billingTime();
        if (at.isAfter(now)) {
            throw Refusals.refuse(WriteRefusal.TIME_OUT_OF_ORDER, "billing time " + at + " lies in the future");
        }
        refuseDuplicate(setup, bill, command.type());
        BillRef returnOf = returnedBill(setup, command, bill);
        Purchase stored = purchases.addAnonymous(setup.org().id(),
                command.programId() == null ? setup.defaultProgram().id() : command.programId(),
                new Purchase(null, bill, command.type(), new Money(command.amount()), at, caller.tillCode(), returnOf));
        storeDetails(stored, command);
        return new TransactionRecorded(stored.id(), Optional.empty(), Points.ZERO, Points.ZERO, List.of(),
                Optional.empty());
    }

    private TransactionRecorded addForCustomer(ApiCaller caller, OrgSetup setup, TransactionCommand command,
                                               BillRef bill) {
        Customer customer = writes.lock(setup.org().id(), command.customer());
        refuseDuplicate(setup, bill, command.type());
        CustomerAccounts accounts = storage.accountsOf(setup, customer);
        Instant now = writes.now();
        Instant at = accounts.eventTime(command.billingTime(), now);
        ProgramId programId = command.programId();
        BillRef returnOf = returnedBill(setup, command, bill);
        Money amount;
        if (command.type() == TransactionType.RETURN) {
            CustomerAccounts.ProgramBill original = accounts.regularBill(returnOf).orElseThrow(() -> Refusals.refuse(
                    WriteRefusal.UNKNOWN_BILL, "the customer has no bill " + returnOf.number() + " at store "
                            + returnOf.storeCode() + " to return"));
            programId = programId == null ? original.programId() : programId;
            refuseLinesNotOnTheBill(command.lineItems(), original.bill());
            amount = returnAmount(command, original.bill(), accounts.returnedOf(returnOf));
        } else {
            amount = new Money(command.amount());
        }
        programId = accounts.program(programId).id();
        Purchase purchase = new Purchase(null, bill, command.type(), amount, at, caller.tillCode(), returnOf);
        accounts.record(programId, purchase);
        AccountStorage.StoredChanges stored = storage.store(accounts, now);
        Purchase storedBill = stored.bills().stream().filter(p -> p.bill().equals(bill) && p.type() == command.type())
                .findFirst().orElseThrow();
        storeDetails(storedBill, command);
        LocalDate today = accounts.today(now);
        Optional<ProgramStanding> standing = accounts.standing(programId, today);
        return new TransactionRecorded(storedBill.id(), Optional.of(customer),
                pointsOf(stored.entries(), EntryKind.EARN, bill),
                pointsOf(stored.entries(), EntryKind.RETURN, returnOf),
                stored.slabChanges(), standing);
    }

    /** Checked under the customer's lock, so two concurrent retries cannot both pass. */
    private void refuseDuplicate(OrgSetup setup, BillRef bill, TransactionType type) {
        if (purchases.isRecorded(setup.org().id(), bill.storeCode(), bill.number(), type)) {
            throw Refusals.refuse(WriteRefusal.DUPLICATE_TRANSACTION, "bill " + bill.number() + " is already recorded"
                    + " at store " + bill.storeCode() + " as " + type + "; nothing was recorded again");
        }
    }

    /** The original bill a return names: its number at {@code returnOfStore}, or at the return's own store. */
    private static BillRef returnedBill(OrgSetup setup, TransactionCommand command, BillRef bill) {
        if (command.returnOfNumber() == null || command.returnOfNumber().isBlank()) {
            return null;
        }
        String store = command.returnOfStore() == null || command.returnOfStore().isBlank()
                ? bill.storeCode() : command.returnOfStore().trim();
        if (setup.store(store).isEmpty()) {
            throw Refusals.refuse(WriteRefusal.UNKNOWN_STORE, "returned bill's store " + store
                    + " is not a store of this org");
        }
        return new BillRef(store, command.returnOfNumber().trim());
    }

    /**
     * What a RETURN gives back: the amount sent, else the returned lines' total, else what is left of the
     * whole original bill. Never more than is left of the original.
     */
    private static Money returnAmount(TransactionCommand command, Purchase original, Money returnedBefore) {
        Money left = original.amount().minusFloorZero(returnedBefore);
        if (left.isZero()) {
            throw Refusals.invalid("return_of", "bill " + original.bill().number() + " was already returned in full");
        }
        Money amount;
        if (command.amount() != null) {
            amount = new Money(command.amount());
        } else if (!command.lineItems().isEmpty()) {
            amount = command.lineItems().stream().map(LineItem::amount).reduce(Money.ZERO, Money::plus);
        } else {
            return left;
        }
        if (amount.isZero()) {
            throw Refusals.invalid("amount", "a RETURN must give back a positive amount");
        }
        if (amount.compareTo(left) > 0) {
            throw Refusals.invalid("amount", "returns " + amount + " but only " + left + " of bill "
                    + original.bill().number() + " is left to return");
        }
        return amount;
    }

    /** A line-item return names lines of the original bill, when the original was recorded with its lines. */
    private void refuseLinesNotOnTheBill(List<LineItem> returned, Purchase original) {
        if (returned.isEmpty()) {
            return;
        }
        List<LineItem> lines = purchases.lineItemsOf(List.of(original.id())).getOrDefault(original.id(), List.of());
        if (lines.isEmpty()) {
            return;
        }
        for (LineItem item : returned) {
            if (lines.stream().noneMatch(l -> l.itemCode().equals(item.itemCode()))) {
                throw Refusals.invalid("line_items", "item " + item.itemCode() + " is not on bill "
                        + original.bill().number());
            }
        }
    }

    /** Tenders, credit notes and line items go with the bill once it has its id. */
    private void storeDetails(Purchase stored, TransactionCommand command) {
        if (!command.payment().isEmpty()) {
            purchases.addPaymentDetails(Map.of(stored.id(), command.payment()));
        }
        if (!command.lineItems().isEmpty()) {
            purchases.addLineItems(Map.of(stored.id(), command.lineItems()));
        }
    }

    private static Points pointsOf(List<LedgerEntry> entries, EntryKind kind, BillRef bill) {
        if (bill == null) {
            return Points.ZERO;
        }
        return entries.stream().filter(e -> e.kind() == kind && bill.equals(e.bill()))
                .map(LedgerEntry::points).reduce(Points.ZERO, Points::plus);
    }
}
