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
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.PurchaseFilter;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.account.LoyaltyAccount;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.ProfileExtras;
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
 * all on one connection; every figure is derived from the ledger and slab history as of today.
 */
public final class GetCustomerDetailsService implements GetCustomerDetailsUseCase {
    private final UnitOfWork unitOfWork;
    private final Orgs orgs;
    private final Customers customers;
    private final PointsLedgers ledgers;
    private final Purchases purchases;
    private final SlabHistories slabHistories;
    private final Coupons coupons;
    private final ClockPort clock;

    public GetCustomerDetailsService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                     Purchases purchases, SlabHistories slabHistories, Coupons coupons,
                                     ClockPort clock) {
        this.unitOfWork = unitOfWork;
        this.orgs = orgs;
        this.customers = customers;
        this.ledgers = ledgers;
        this.purchases = purchases;
        this.slabHistories = slabHistories;
        this.coupons = coupons;
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
        Sections sections = loadSections(query, ids, setup, today);
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

    private Sections loadSections(CustomerLookupQuery query, Collection<CustomerId> ids, OrgSetup setup,
                                  LocalDate today) {
        LookupOptions options = query.options();
        Map<CustomerId, List<Purchase>> recent = query.sections().transactions() && query.transactionLimit() > 0
                ? purchases.recentOf(ids, purchaseFilter(options.transactionFilter(), setup.org().timeZone()),
                        query.transactionLimit())
                : Map.of();
        boolean payment = options.transactionFilter().tenders() || options.transactionFilter().creditNotes();
        List<Long> billIds = recent.values().stream().flatMap(List::stream).map(Purchase::id).toList();
        Map<CustomerId, List<SlabChange>> slabs = slabHistories.historyOf(ids);
        return new Sections(
                ledgers.entriesOf(ids),
                slabs,
                purchases.netTotalsOf(ids),
                recent,
                query.sections().coupons() ? coupons.ofCustomers(ids, couponQuery(options.couponFilter(), today))
                        : Map.of(),
                options.needsPurchaseHistory() || renewalDue(ids, slabs, setup, today) ? purchases.historyOf(ids)
                        : Map.of(),
                payment && !billIds.isEmpty() ? purchases.paymentDetailsOf(billIds) : Map.of());
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
        List<LedgerEntry> entries = sections.ledgers.getOrDefault(id, List.of());
        List<SlabChange> history = sections.slabHistories.getOrDefault(id, List.of());
        Map<ProgramId, Money> purchaseTotals = sections.netTotals.getOrDefault(id, Map.of());
        Map<ProgramId, List<Purchase>> bills = sections.purchaseHistory.getOrDefault(id, Map.of());

        List<ProgramSummary> programs = customer.isLoyaltyMember()
                ? setup.programs().stream()
                        .filter(p -> options.programId().map(p.id()::equals).orElse(true))
                        .map(p -> summaryOf(p, setup, entries, history, purchaseTotals.getOrDefault(p.id(), Money.ZERO),
                                bills.getOrDefault(p.id(), List.of()), today, options))
                        .toList()
                : List.of();
        List<TransactionView> transactions = sections.recentPurchases.getOrDefault(id, List.of()).stream()
                .map(p -> new TransactionView(p, pointsEarnedBy(p, entries), setup.till(p.tillCode()).orElse(null),
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
        ProgramDetails details = new ProgramDetails(
                newestFirst(history),
                ledger.expiryScheduleFrom(today),
                ledger.expiredAsOf(today),
                ledger.credits().stream().filter(c -> c.kind() == EntryKind.PROMOTION).toList(),
                ledger.delayedOn(today),
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

    private static Points pointsEarnedBy(Purchase purchase, List<LedgerEntry> entries) {
        return entries.stream()
                .filter(e -> e.kind() == EntryKind.EARN && purchase.bill().equals(e.bill()))
                .map(LedgerEntry::points)
                .reduce(Points.ZERO, Points::plus);
    }

    private static CouponView viewOf(Coupon coupon, OrgSetup setup, LocalDate today) {
        return new CouponView(coupon, setup.series(coupon.seriesId()).orElse(null), coupon.statusOn(today));
    }

    /** Live customers by the values that found them, and the values that belong to erased customers. */
    private record Loaded(Map<String, CustomerDetails> found, Set<String> erased) {
        static final Loaded NOTHING = new Loaded(Map.of(), Set.of());
    }

    private record Sections(Map<CustomerId, List<LedgerEntry>> ledgers, Map<CustomerId, List<SlabChange>> slabHistories,
                            Map<CustomerId, Map<ProgramId, Money>> netTotals, Map<CustomerId, List<Purchase>> recentPurchases,
                            Map<CustomerId, List<Coupon>> coupons,
                            Map<CustomerId, Map<ProgramId, List<Purchase>>> purchaseHistory,
                            Map<Long, PaymentDetails> payments) {
    }
}
