package org.loyaltyhub.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.loyaltyhub.application.port.in.CouponFilter;
import org.loyaltyhub.application.port.in.CouponView;
import org.loyaltyhub.application.port.in.CustomerDetails;
import org.loyaltyhub.application.port.in.CustomerLookupItem;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.CustomerLookupResult;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.LookupOptions;
import org.loyaltyhub.application.port.in.LookupOutcome;
import org.loyaltyhub.application.port.in.ProgramDetails;
import org.loyaltyhub.application.port.in.ProgramSummary;
import org.loyaltyhub.application.port.in.TransactionFilter;
import org.loyaltyhub.application.port.in.TransactionView;
import org.loyaltyhub.application.port.in.UnknownProgramException;
import org.loyaltyhub.application.port.out.CouponQuery;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.PurchaseFilter;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.account.LoyaltyAccount;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsLedger;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.TierStanding;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * Answers {@code customer/get}. Reads are set-based: each section is one query for the whole batch,
 * all on one connection; every figure is what the ledger and slab history give as of today.
 *
 * <p>When a lookup asks for no list that only the whole history gives (see
 * {@link LookupOptions#ledgerDetails()}), no gap and no tracker, a customer whose stored account snapshots all
 * hold today is answered from them, with the points of the shown bills read for those bills only: the cost does
 * not grow with the customer's history. Every other customer's history is replayed, as always.
 */
public final class GetCustomerDetailsService implements GetCustomerDetailsUseCase {
    private final UnitOfWork unitOfWork;
    private final Orgs orgs;
    private final Customers customers;
    private final PointsLedgers ledgers;
    private final Purchases purchases;
    private final SlabHistories slabHistories;
    private final Coupons coupons;
    /** Where the stored snapshots are read; null: every lookup replays the history. */
    private final PointsBalances snapshots;
    private final ClockPort clock;

    /** A service that replays every customer's history on every lookup. */
    public GetCustomerDetailsService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                     Purchases purchases, SlabHistories slabHistories, Coupons coupons,
                                     ClockPort clock) {
        this(unitOfWork, orgs, customers, ledgers, purchases, slabHistories, coupons, null, clock);
    }

    /** A service that shows a customer's stored account snapshots while they hold. */
    public GetCustomerDetailsService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                     Purchases purchases, SlabHistories slabHistories, Coupons coupons,
                                     PointsBalances snapshots, ClockPort clock) {
        this.unitOfWork = unitOfWork;
        this.orgs = orgs;
        this.customers = customers;
        this.ledgers = ledgers;
        this.purchases = purchases;
        this.slabHistories = slabHistories;
        this.coupons = coupons;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    public CustomerLookupResult getCustomerDetails(CustomerLookupQuery query) {
        IdentifierType type = query.identifierType();
        Set<String> wanted = new LinkedHashSet<>();
        for (String value : query.values()) {
            if (!value.isEmpty() && type.accepts(value)) {
                wanted.add(type.normalise(value));
            }
        }
        Loaded loaded = wanted.isEmpty() ? Loaded.NOTHING : unitOfWork.read(() -> load(query, wanted));

        List<CustomerLookupItem> items = new ArrayList<>();
        for (String value : query.values()) {
            if (value.isEmpty()) {
                items.add(new CustomerLookupItem(value, LookupOutcome.EMPTY, Optional.empty()));
            } else if (!type.accepts(value)) {
                items.add(new CustomerLookupItem(value, LookupOutcome.INVALID, Optional.empty()));
            } else if (loaded.erased().contains(type.normalise(value))) {
                items.add(new CustomerLookupItem(value, LookupOutcome.DELETED, Optional.empty()));
            } else {
                Optional<CustomerDetails> details = Optional.ofNullable(loaded.found().get(type.normalise(value)));
                items.add(new CustomerLookupItem(value,
                        details.isPresent() ? LookupOutcome.FOUND : LookupOutcome.NOT_FOUND, details));
            }
        }
        return new CustomerLookupResult(items);
    }

    private Loaded load(CustomerLookupQuery query, Set<String> values) {
        Optional<OrgSetup> maybeSetup = orgs.find(query.orgId());
        if (maybeSetup.isEmpty()) {
            return Loaded.NOTHING;
        }
        OrgSetup setup = maybeSetup.get();
        Optional<ProgramId> onlyProgram = query.options().programId();
        if (onlyProgram.isPresent() && setup.program(onlyProgram.get()).isEmpty()) {
            throw new UnknownProgramException(onlyProgram.get().value(),
                    setup.programs().stream().map(p -> p.id().value()).toList());
        }
        List<Customer> all = customers.findBy(query.orgId(), query.identifierType(), values);
        Set<String> erased = new HashSet<>();
        for (Customer customer : all) {
            if (customer.isErased()) {
                // Only an id still finds the erased row itself; it answers "deleted" like an old identifier.
                erased.add(String.valueOf(customer.requireId().value()));
            }
        }
        List<Customer> matches = all.stream().filter(c -> !c.isErased()).toList();
        erased.addAll(erasedAmong(query, values, all));
        if (matches.isEmpty()) {
            return new Loaded(Map.of(), erased);
        }
        List<CustomerId> ids = matches.stream().map(Customer::requireId).distinct().toList();
        LocalDate today = LocalDate.ofInstant(clock.now(), setup.org().timeZone());
        Sections sections = loadSections(query, matches, ids, setup, today);
        Map<String, String> labels = query.options().language() == null ? Map.of()
                : orgs.fieldLabelsIn(query.orgId(), query.options().language());
        Map<CustomerId, ProfileExtras> extras = query.options().profileExtras() ? customers.extrasOf(ids) : Map.of();

        Map<String, CustomerDetails> byValue = new HashMap<>();
        for (Customer customer : matches) {
            CustomerDetails details = detailsOf(customer, setup, sections, today, query.options(), labels,
                    extras.getOrDefault(customer.requireId(), ProfileExtras.NONE));
            for (String key : CustomerIdentifiers.valuesOf(customer, query.identifierType())) {
                if (values.contains(key)) {
                    byValue.put(key, details);
                }
            }
        }
        return new Loaded(byValue, erased);
    }

    /**
     * The values, among those no live customer answers to, that an erased customer had: their hashes are
     * looked up in one query, and only when some value is left unanswered.
     */
    private Set<String> erasedAmong(CustomerLookupQuery query, Set<String> values, List<Customer> found) {
        IdentifierType type = query.identifierType();
        if (type == IdentifierType.ID) {
            return Set.of();
        }
        Set<String> answered = new HashSet<>();
        found.forEach(c -> answered.addAll(CustomerIdentifiers.valuesOf(c, type)));
        Map<String, String> valueByHash = new HashMap<>();
        for (String value : values) {
            if (!answered.contains(value)) {
                valueByHash.put(ErasedIdentifier.hash(query.orgId(), type, value), value);
            }
        }
        if (valueByHash.isEmpty()) {
            return Set.of();
        }
        Set<String> erased = new HashSet<>();
        customers.erasedAmong(query.orgId(), valueByHash.keySet()).forEach(hash -> erased.add(valueByHash.get(hash)));
        return erased;
    }

    private Sections loadSections(CustomerLookupQuery query, List<Customer> matches, List<CustomerId> ids,
                                  OrgSetup setup, LocalDate today) {
        LookupOptions options = query.options();
        Map<CustomerId, List<Purchase>> recent = query.sections().transactions() && query.transactionLimit() > 0
                ? purchases.recentOf(ids, purchaseFilter(options.transactionFilter(), setup.org().timeZone()),
                        query.transactionLimit())
                : Map.of();
        boolean payment = options.transactionFilter().tenders() || options.transactionFilter().creditNotes();
        List<Long> billIds = recent.values().stream().flatMap(List::stream).map(Purchase::id).toList();
        Map<CustomerId, Map<ProgramId, AccountSnapshot>> stored = storedFigures(matches, shownPrograms(setup, options),
                options, today);
        List<CustomerId> replayed = ids.stream().filter(id -> !stored.containsKey(id)).toList();
        Map<CustomerId, List<SlabChange>> slabs = replayed.isEmpty() ? Map.of() : slabHistories.historyOf(replayed);
        return new Sections(
                replayed.isEmpty() ? Map.of() : ledgers.entriesOf(replayed),
                slabs,
                replayed.isEmpty() ? Map.of() : purchases.netTotalsOf(replayed),
                recent,
                query.sections().coupons() ? coupons.ofCustomers(ids, couponQuery(options.couponFilter(), today))
                        : Map.of(),
                !replayed.isEmpty() && (options.needsPurchaseHistory() || renewalDue(replayed, slabs, setup, today))
                        ? purchases.historyOf(replayed) : Map.of(),
                payment && !billIds.isEmpty() ? purchases.paymentDetailsOf(billIds) : Map.of(),
                stored,
                pointsOfShownBills(recent, stored));
    }

    private static List<Program> shownPrograms(OrgSetup setup, LookupOptions options) {
        return setup.programs().stream().filter(p -> options.programId().map(p.id()::equals).orElse(true)).toList();
    }

    /**
     * The customers a lookup may answer from stored snapshots, with them: a member whose every shown program
     * has a snapshot that holds today, and a non-member (no program to show). None when the lookup shows
     * something only the history gives, or when snapshots are not read at all. One query.
     */
    private Map<CustomerId, Map<ProgramId, AccountSnapshot>> storedFigures(List<Customer> matches,
                                                                           List<Program> shown,
                                                                           LookupOptions options, LocalDate today) {
        if (snapshots == null || options.ledgerDetails() || options.needsPurchaseHistory()) {
            return Map.of();
        }
        List<CustomerId> members = matches.stream().filter(Customer::isLoyaltyMember).map(Customer::requireId)
                .distinct().toList();
        Map<CustomerId, Map<ProgramId, AccountSnapshot>> stored = members.isEmpty() ? Map.of()
                : snapshots.snapshotsOf(members);
        Map<CustomerId, Map<ProgramId, AccountSnapshot>> usable = new HashMap<>();
        for (Customer customer : matches) {
            CustomerId id = customer.requireId();
            Map<ProgramId, AccountSnapshot> own = stored.getOrDefault(id, Map.of());
            boolean holds = shown.stream().allMatch(p -> own.containsKey(p.id()) && own.get(p.id()).holdsOn(today));
            if (!customer.isLoyaltyMember() || holds) {
                usable.put(id, own);
            }
        }
        return usable;
    }

    /** What the shown bills of the customers answered from snapshots earned; one query for those bills only. */
    private Map<CustomerId, Map<BillRef, Points>> pointsOfShownBills(Map<CustomerId, List<Purchase>> recent,
                                                                     Map<CustomerId, Map<ProgramId, AccountSnapshot>> stored) {
        Map<CustomerId, List<BillRef>> bills = new HashMap<>();
        recent.forEach((id, shown) -> {
            if (stored.containsKey(id) && !shown.isEmpty()) {
                bills.put(id, shown.stream().map(Purchase::bill).distinct().toList());
            }
        });
        return bills.isEmpty() ? Map.of() : ledgers.pointsEarnedBy(bills);
    }

    /**
     * Whether some customer's slab in some program is past its validity: catching up then renews or drops
     * it by the bills of the period that ended, so those bills must be read.
     */
    private static boolean renewalDue(Collection<CustomerId> ids, Map<CustomerId, List<SlabChange>> slabs,
                                      OrgSetup setup, LocalDate today) {
        ZoneId zone = setup.org().timeZone();
        for (CustomerId id : ids) {
            List<SlabChange> history = slabs.getOrDefault(id, List.of());
            for (Program program : setup.programs()) {
                List<SlabChange> ofProgram = history.stream().filter(c -> c.programId().equals(program.id())).toList();
                if (TierStanding.from(ofProgram, zone).isDueForRenewalOn(today)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A day of the org's calendar is the span of instants from its start to the next day's start. */
    private static PurchaseFilter purchaseFilter(TransactionFilter filter, ZoneId zone) {
        Instant from = filter.date() == null ? null : filter.date().atStartOfDay(zone).toInstant();
        Instant until = filter.date() == null ? null : filter.date().plusDays(1).atStartOfDay(zone).toInstant();
        return new PurchaseFilter(filter.types(), filter.number(), filter.storeCode(), filter.tillCode(),
                filter.amount(), from, until);
    }

    private static CouponQuery couponQuery(CouponFilter filter, LocalDate today) {
        return new CouponQuery(today, filter.limit(), filter.offset(), CouponQuery.Order.valueOf(filter.orderBy().name()),
                filter.ascending(), filter.status() == null ? null : CouponQuery.Status.valueOf(filter.status().name()),
                filter.seriesId(), filter.entityType(), filter.entityValue());
    }

    private CustomerDetails detailsOf(Customer customer, OrgSetup setup, Sections sections, LocalDate today,
                                      LookupOptions options, Map<String, String> labels, ProfileExtras extras) {
        CustomerId id = customer.requireId();
        Map<ProgramId, AccountSnapshot> stored = sections.snapshots.get(id);
        List<LedgerEntry> entries = sections.ledgers.getOrDefault(id, List.of());
        List<SlabChange> history = sections.slabHistories.getOrDefault(id, List.of());
        Map<ProgramId, Money> purchaseTotals = sections.netTotals.getOrDefault(id, Map.of());
        Map<ProgramId, List<Purchase>> bills = sections.purchaseHistory.getOrDefault(id, Map.of());

        List<ProgramSummary> programs = customer.isLoyaltyMember()
                ? shownPrograms(setup, options).stream()
                        .map(p -> stored != null ? summaryOf(p, stored.get(p.id()))
                                : summaryOf(p, setup, entries, history, purchaseTotals.getOrDefault(p.id(), Money.ZERO),
                                        bills.getOrDefault(p.id(), List.of()), today, options))
                        .toList()
                : List.of();
        Map<BillRef, Points> earned = stored != null ? sections.billPoints.getOrDefault(id, Map.of())
                : pointsEarnedByBill(entries);
        List<TransactionView> transactions = sections.recentPurchases.getOrDefault(id, List.of()).stream()
                .map(p -> new TransactionView(p, earned.getOrDefault(p.bill(), Points.ZERO),
                        setup.till(p.tillCode()).orElse(null),
                        sections.payments.getOrDefault(p.id(), PaymentDetails.NONE)))
                .toList();
        List<CouponView> couponViews = sections.coupons.getOrDefault(id, List.of()).stream()
                .map(c -> viewOf(c, setup, today))
                .toList();
        return new CustomerDetails(customer, setup.org(),
                setup.store(customer.registration().storeCode() == null ? "" : customer.registration().storeCode()),
                setup.till(customer.registration().tillCode() == null ? "" : customer.registration().tillCode()),
                programs, transactions, couponViews, setup.stores(), labels, extras);
    }

    /** A program's standing as its stored snapshot shows it (one that holds today). */
    private static ProgramSummary summaryOf(Program program, AccountSnapshot snapshot) {
        return new ProgramSummary(program, snapshot.balance(), program.slab(snapshot.slabSerial()),
                program.slabAbove(snapshot.slabSerial()), Optional.ofNullable(snapshot.slabValidUntil()),
                snapshot.cumulativePurchases(), ProgramDetails.NONE);
    }

    private static ProgramSummary summaryOf(Program program, OrgSetup setup, List<LedgerEntry> allEntries,
                                            List<SlabChange> allHistory, Money purchasesTotal, List<Purchase> bills,
                                            LocalDate today, LookupOptions options) {
        ZoneId zone = setup.org().timeZone();
        List<LedgerEntry> entries = allEntries.stream().filter(e -> e.programId().equals(program.id())).toList();
        List<SlabChange> history = allHistory.stream().filter(c -> c.programId().equals(program.id())).toList();
        LoyaltyAccount account = LoyaltyAccount.reconstitute(program, zone, entries, bills, history);
        // A downgrade, renewal or expiry whose date has passed shows at once, before the daily jobs store it.
        account.catchUpTo(today.atStartOfDay(zone).toInstant());
        List<SlabChange> caughtUp = account.drainChanges().slabChanges();
        if (!caughtUp.isEmpty()) {
            history = new ArrayList<>(history);
            history.addAll(caughtUp);
        }
        PointsLedger ledger = account.ledger();
        TierStanding standing = account.standing();
        boolean lists = options.ledgerDetails();
        ProgramDetails details = new ProgramDetails(
                lists ? newestFirst(history) : List.of(),
                lists ? ledger.expiryScheduleFrom(today) : List.of(),
                lists ? ledger.expiredAsOf(today) : List.of(),
                lists ? ledger.credits().stream().filter(c -> c.kind() == EntryKind.PROMOTION).toList() : List.of(),
                lists ? ledger.delayedOn(today) : List.of(),
                options.gapToUpgradeDays().isPresent()
                        ? account.upgradeGap(today, options.gapToUpgradeDays().getAsInt()) : Optional.empty(),
                options.gapToRenewDays().isPresent() ? account.renewGap(today) : Optional.empty(),
                options.trackers() ? account.trackersOn(today) : List.of());
        return new ProgramSummary(program, ledger.balanceOn(today), program.slab(standing.serial()),
                program.slabAbove(standing.serial()), Optional.ofNullable(standing.validUntil()), purchasesTotal,
                details);
    }

    private static List<SlabChange> newestFirst(List<SlabChange> oldestFirst) {
        List<SlabChange> copy = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** What each bill earned, from the customer's whole ledger (every program). */
    private static Map<BillRef, Points> pointsEarnedByBill(List<LedgerEntry> entries) {
        Map<BillRef, Points> earned = new HashMap<>();
        for (LedgerEntry e : entries) {
            if (e.kind() == EntryKind.EARN) {
                earned.merge(e.bill(), e.points(), Points::plus);
            }
        }
        return earned;
    }

    private static CouponView viewOf(Coupon coupon, OrgSetup setup, LocalDate today) {
        return new CouponView(coupon, setup.series(coupon.seriesId()).orElse(null), coupon.statusOn(today));
    }

    /** Live customers by the values that found them, and the values that belong to erased customers. */
    private record Loaded(Map<String, CustomerDetails> found, Set<String> erased) {
        static final Loaded NOTHING = new Loaded(Map.of(), Set.of());
    }

    /**
     * What one lookup read. A customer in {@code snapshots} is answered from them and from {@code billPoints};
     * every other one from its replayed history ({@code ledgers}, {@code slabHistories}, {@code netTotals},
     * {@code purchaseHistory}).
     */
    private record Sections(Map<CustomerId, List<LedgerEntry>> ledgers, Map<CustomerId, List<SlabChange>> slabHistories,
                            Map<CustomerId, Map<ProgramId, Money>> netTotals, Map<CustomerId, List<Purchase>> recentPurchases,
                            Map<CustomerId, List<Coupon>> coupons,
                            Map<CustomerId, Map<ProgramId, List<Purchase>>> purchaseHistory,
                            Map<Long, PaymentDetails> payments,
                            Map<CustomerId, Map<ProgramId, AccountSnapshot>> snapshots,
                            Map<CustomerId, Map<BillRef, Points>> billPoints) {
    }
}
