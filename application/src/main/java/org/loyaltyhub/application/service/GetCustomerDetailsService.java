package org.loyaltyhub.application.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.loyaltyhub.application.port.in.CouponView;
import org.loyaltyhub.application.port.in.CustomerDetails;
import org.loyaltyhub.application.port.in.CustomerLookupItem;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.CustomerLookupResult;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.LookupOutcome;
import org.loyaltyhub.application.port.in.ProgramSummary;
import org.loyaltyhub.application.port.in.TransactionView;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsLedger;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
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
        Map<String, CustomerDetails> found = wanted.isEmpty() ? Map.of() : unitOfWork.read(() -> load(query, wanted));

        List<CustomerLookupItem> items = new ArrayList<>();
        for (String value : query.values()) {
            if (value.isEmpty()) {
                items.add(new CustomerLookupItem(value, LookupOutcome.EMPTY, Optional.empty()));
            } else if (!type.accepts(value)) {
                items.add(new CustomerLookupItem(value, LookupOutcome.INVALID, Optional.empty()));
            } else {
                Optional<CustomerDetails> details = Optional.ofNullable(found.get(type.normalise(value)));
                items.add(new CustomerLookupItem(value,
                        details.isPresent() ? LookupOutcome.FOUND : LookupOutcome.NOT_FOUND, details));
            }
        }
        return new CustomerLookupResult(items);
    }

    private Map<String, CustomerDetails> load(CustomerLookupQuery query, Set<String> values) {
        Optional<OrgSetup> maybeSetup = orgs.find(query.orgId());
        if (maybeSetup.isEmpty()) {
            return Map.of();
        }
        OrgSetup setup = maybeSetup.get();
        List<Customer> matches = customers.findBy(query.orgId(), query.identifierType(), values);
        if (matches.isEmpty()) {
            return Map.of();
        }
        List<CustomerId> ids = matches.stream().map(Customer::requireId).distinct().toList();
        Sections sections = loadSections(query, ids);
        LocalDate today = LocalDate.ofInstant(clock.now(), setup.org().timeZone());

        Map<String, CustomerDetails> byValue = new HashMap<>();
        for (Customer customer : matches) {
            CustomerDetails details = detailsOf(customer, setup, sections, today);
            for (String key : identifierValues(customer, query.identifierType())) {
                if (values.contains(key)) {
                    byValue.put(key, details);
                }
            }
        }
        return byValue;
    }

    private Sections loadSections(CustomerLookupQuery query, Collection<CustomerId> ids) {
        return new Sections(
                ledgers.entriesOf(ids),
                slabHistories.historyOf(ids),
                purchases.netTotalsOf(ids),
                query.sections().transactions() && query.transactionLimit() > 0
                        ? purchases.recentOf(ids, Set.of(TransactionType.REGULAR), query.transactionLimit())
                        : Map.of(),
                query.sections().coupons() ? coupons.ofCustomers(ids) : Map.of());
    }

    private CustomerDetails detailsOf(Customer customer, OrgSetup setup, Sections sections, LocalDate today) {
        CustomerId id = customer.requireId();
        List<LedgerEntry> entries = sections.ledgers.getOrDefault(id, List.of());
        List<SlabChange> history = sections.slabHistories.getOrDefault(id, List.of());
        Map<ProgramId, Money> purchaseTotals = sections.netTotals.getOrDefault(id, Map.of());

        List<ProgramSummary> programs = customer.isLoyaltyMember()
                ? setup.programs().stream()
                        .map(p -> summaryOf(p, setup, entries, history, purchaseTotals.getOrDefault(p.id(), Money.ZERO), today))
                        .toList()
                : List.of();
        List<TransactionView> transactions = sections.recentPurchases.getOrDefault(id, List.of()).stream()
                .map(p -> new TransactionView(p, pointsEarnedBy(p, entries), setup.till(p.tillCode()).orElse(null)))
                .toList();
        List<CouponView> couponViews = sections.coupons.getOrDefault(id, List.of()).stream()
                .map(c -> viewOf(c, setup, today))
                .toList();
        return new CustomerDetails(customer, setup.org(),
                setup.store(customer.registration().storeCode() == null ? "" : customer.registration().storeCode()),
                setup.till(customer.registration().tillCode() == null ? "" : customer.registration().tillCode()),
                programs, transactions, couponViews);
    }

    private static ProgramSummary summaryOf(Program program, OrgSetup setup, List<LedgerEntry> allEntries,
                                            List<SlabChange> allHistory, Money purchasesTotal, LocalDate today) {
        List<LedgerEntry> entries = allEntries.stream().filter(e -> e.programId().equals(program.id())).toList();
        List<SlabChange> history = allHistory.stream().filter(c -> c.programId().equals(program.id())).toList();
        PointsLedger ledger = PointsLedger.replay(program.id(), setup.org().timeZone(), entries);
        TierStanding standing = TierStanding.from(history, setup.org().timeZone());
        return new ProgramSummary(program, ledger.balanceOn(today), program.slab(standing.serial()),
                program.slabAbove(standing.serial()), Optional.ofNullable(standing.validUntil()), purchasesTotal);
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

    /** The values of one identifier type a customer answers to (a customer may hold several cards). */
    private static List<String> identifierValues(Customer customer, IdentifierType type) {
        return switch (type) {
            case ID -> List.of(String.valueOf(customer.requireId().value()));
            case MOBILE -> customer.mobile().map(m -> List.of(m.value())).orElse(List.of());
            case EMAIL -> customer.email().map(e -> List.of(e.value())).orElse(List.of());
            case EXTERNAL_ID -> customer.externalId().map(e -> List.of(e.value())).orElse(List.of());
            case CARD_NUMBER -> customer.cards().stream().map(c -> c.number()).toList();
            case CARD_EXTERNAL_ID -> customer.cards().stream().map(c -> c.externalId()).filter(v -> v != null).toList();
        };
    }

    private record Sections(Map<CustomerId, List<LedgerEntry>> ledgers, Map<CustomerId, List<SlabChange>> slabHistories,
                            Map<CustomerId, Map<ProgramId, Money>> netTotals, Map<CustomerId, List<Purchase>> recentPurchases,
                            Map<CustomerId, List<Coupon>> coupons) {
    }
}
