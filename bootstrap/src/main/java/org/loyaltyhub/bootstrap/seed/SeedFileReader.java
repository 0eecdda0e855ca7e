package org.loyaltyhub.bootstrap.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.loyaltyhub.application.port.in.ApiUserImport;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.AccessRights;
import org.loyaltyhub.domain.access.Resource;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.application.port.in.OrgImport;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.bootstrap.seed.SeedFile.SeedCouponSeries;
import org.loyaltyhub.bootstrap.seed.SeedFile.SeedCustomer;
import org.loyaltyhub.bootstrap.seed.SeedFile.SeedEvent;
import org.loyaltyhub.bootstrap.seed.SeedFile.SeedProgram;
import org.loyaltyhub.bootstrap.seed.SeedFile.SeedSlab;
import org.loyaltyhub.bootstrap.seed.SeedFile.SeedTierRule;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.CouponValidity;
import org.loyaltyhub.domain.coupon.OrgEntityType;
import org.loyaltyhub.domain.coupon.Restriction;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.customer.Subscription;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.FraudDetails;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.org.Org;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.org.Store;
import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.program.Criterion;
import org.loyaltyhub.domain.program.CriterionMetric;
import org.loyaltyhub.domain.program.EarningRule;
import org.loyaltyhub.domain.program.ExpiryRule;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.program.TierRule;
import org.loyaltyhub.domain.purchase.CreditNote;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.Tender;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

/**
 * Turns a seed file into an {@link OrgImport}: facts only (configuration, registrations and events).
 * Every number a customer ends up with is computed later by the rules when the history is replayed.
 */
public final class SeedFileReader {
    /** A misspelt field name is an error, not silently a default: seed files are written by hand. */
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public OrgImport read(InputStream in, String sourceName) {
        SeedFile file;
        try {
            file = json.readValue(in, SeedFile.class);
        } catch (JsonProcessingException e) {
            throw new SeedFileException(sourceName + ": not a valid seed file: " + e.getOriginalMessage()
                    + " at " + e.getLocation(), e);
        } catch (IOException e) {
            throw new SeedFileException(sourceName + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return toImport(file);
        } catch (RuntimeException e) {
            throw new SeedFileException(sourceName + ": " + e.getMessage(), e);
        }
    }

    /** Resources the group does not name get NONE: a group grants only what it says. */
    private static AccessRights accessRights(SeedFile.SeedApiUser user) {
        if (user.access() == null) {
            return AccessRights.FULL;
        }
        Map<Resource, AccessLevel> levels = new EnumMap<>(Resource.class);
        user.access().forEach((resource, level) -> {
            try {
                levels.put(Resource.valueOf(resource), AccessLevel.valueOf(level));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("API user " + user.username() + ": access " + resource + "="
                        + level + " is not one of " + java.util.Arrays.toString(Resource.values()) + " = "
                        + java.util.Arrays.toString(AccessLevel.values()));
            }
        });
        return new AccessRights(levels);
    }

    private OrgImport toImport(SeedFile file) {
        Objects.requireNonNull(file.org(), "the seed file needs an org");
        OrgId orgId = new OrgId(file.org().id());
        Org org = new Org(orgId, file.org().name(), ZoneId.of(required(file.org().timeZone(), "org.time_zone")));
        List<Store> stores = list(file.stores()).stream().map(s -> new Store(orgId, s.code(), s.name())).toList();
        List<Till> tills = list(file.tills()).stream().map(t -> new Till(orgId, t.code(), t.name(), t.store())).toList();
        List<Program> programs = list(file.programs()).stream().map(p -> program(orgId, p)).toList();
        List<CouponSeries> series = list(file.couponSeries()).stream().map(s -> series(orgId, s)).toList();
        OrgSetup setup = new OrgSetup(org, stores, tills, programs, series,
                file.extendedFieldLabels() == null ? Map.of() : file.extendedFieldLabels());

        List<ApiUserImport> users = list(file.apiUsers()).stream()
                .map(u -> new ApiUserImport(u.username(), u.till(), u.password(), accessRights(u))).toList();
        List<CustomerImport> customers = new ArrayList<>();
        for (SeedCustomer c : list(file.customers())) {
            String who = (c.firstname() + " " + c.lastname()).trim();
            try {
                customers.add(new CustomerImport(customer(orgId, c), history(c), extras(c)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("customer " + who + ": " + e.getMessage(), e);
            }
        }
        return new OrgImport(setup, users, customers);
    }

    private static Program program(OrgId orgId, SeedProgram p) {
        EarningRule earning = p.earning() == null
                ? new EarningRule(BigDecimal.ONE, Map.of())
                : new EarningRule(p.earning().baseRate(), p.earning().rateBySlab());
        ExpiryRule expiry = p.expiry() == null
                ? ExpiryRule.NEVER
                : new ExpiryRule(ExpiryRule.Unit.valueOf(upper(p.expiry().unit())), p.expiry().amount());
        List<Slab> slabs = list(p.slabs()).stream().map(SeedFileReader::slab).toList();
        return new Program(new ProgramId(p.id()), orgId, p.title(), p.description(), p.isDefault(),
                p.pointsToCurrencyRatio(), earning, expiry, slabs);
    }

    private static Slab slab(SeedSlab s) {
        return new Slab(s.serial(), s.name(), s.description(), tierRule(s.upgrade()), s.validityMonths(),
                tierRule(s.renewal()));
    }

    private static TierRule tierRule(SeedTierRule rule) {
        if (rule == null) {
            return TierRule.NONE;
        }
        List<Criterion> criteria = list(rule.criteria()).stream()
                .map(c -> new Criterion(CriterionMetric.valueOf(upper(c.metric())), c.threshold(), c.windowDays()))
                .toList();
        TierRule.Combination combination = rule.combination() == null
                ? TierRule.Combination.ANY : TierRule.Combination.valueOf(upper(rule.combination()));
        return new TierRule(combination, criteria);
    }

    private static CouponSeries series(OrgId orgId, SeedCouponSeries s) {
        CouponValidity validity = s.validTill() != null
                ? CouponValidity.until(date(s.validTill(), "valid_till"))
                : CouponValidity.forDays(s.validDays() == null ? 0 : s.validDays());
        Restriction restriction = s.restriction() == null
                ? null
                : new Restriction(OrgEntityType.valueOf(upper(s.restriction().type())), s.restriction().value());
        return new CouponSeries(new SeriesId(s.id()), orgId, s.description(), s.discountCode(), s.discountType(),
                s.discountValue(), validity, s.maxPerCustomer(),
                s.redemptionsPerCoupon() == null ? 1 : s.redemptionsPerCoupon(), restriction);
    }

    private static ProfileExtras extras(SeedCustomer c) {
        List<Subscription> subscriptions = list(c.subscriptions()).stream().map(s -> new Subscription(
                Subscription.Channel.valueOf(upper(required(s.channel(), "subscriptions[].channel"))),
                Subscription.Priority.valueOf(upper(required(s.priority(), "subscriptions[].priority"))),
                s.subscribed() == null || s.subscribed())).toList();
        return new ProfileExtras(subscriptions, c.ndncStatus() == null ? null : upper(c.ndncStatus()),
                map(c.segments()), c.userGroup(), c.imageUrl());
    }

    private static Customer customer(OrgId orgId, SeedCustomer c) {
        Registration registration = new Registration(instant(c.registeredOn(), "registered_on"), c.source(),
                c.registeredBy(), c.registeredStore(), c.registeredTill());
        List<CustomField> custom = map(c.customFields()).entrySet().stream()
                .map(e -> new CustomField(e.getKey(), e.getValue())).toList();
        List<ExtendedField> extended = map(c.extendedFields()).entrySet().stream()
                .map(e -> new ExtendedField(e.getKey(), e.getValue())).toList();
        List<Card> cards = list(c.cards()).stream().map(k -> new Card(k.number(), k.externalId(), k.status())).toList();
        CustomerType type = c.type() == null ? CustomerType.LOYALTY : CustomerType.valueOf(upper(c.type()));
        return Customer.register(orgId, c.firstname(), c.lastname(),
                c.mobile() == null ? null : new Mobile(c.mobile()),
                c.email() == null ? null : new Email(c.email()),
                c.externalId() == null ? null : new ExternalId(c.externalId()),
                type, registration, custom, extended, cards);
    }

    private static List<HistoryEvent> history(SeedCustomer c) {
        List<HistoryEvent> events = new ArrayList<>();
        int position = 0;
        for (SeedEvent e : list(c.history())) {
            position++;
            try {
                events.add(event(e));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("history entry " + position + " (" + e.type() + "): "
                        + ex.getMessage(), ex);
            }
        }
        return events;
    }

    private static HistoryEvent event(SeedEvent e) {
        Instant at = instant(e.at(), "at");
        ProgramId program = e.program() == null ? null : new ProgramId(e.program());
        return switch (required(e.type(), "type")) {
            case "bill" -> {
                TransactionType type = e.billType() == null
                        ? TransactionType.REGULAR : TransactionType.valueOf(upper(e.billType()));
                String store = required(e.store(), "store");
                BillRef returnOf = e.returns() == null ? null : new BillRef(store, e.returns());
                PaymentDetails payment = new PaymentDetails(
                        list(e.tenders()).stream().map(t -> new Tender(t.mode(),
                                new Money(required(t.value(), "tenders[].value")))).toList(),
                        list(e.creditNotes()).stream().map(n -> new CreditNote(n.number(),
                                new Money(required(n.amount(), "credit_notes[].amount")))).toList());
                yield new HistoryEvent.Bill(program, new Purchase(null, new BillRef(store, required(e.number(), "number")),
                        type, new Money(required(e.amount(), "amount")), at, e.till(), returnOf), payment);
            }
            case "redeem" -> new HistoryEvent.PointsRedemption(program, points(e), at, e.store());
            case "adjust" -> new HistoryEvent.PointsAdjustment(program, points(e), at, e.reason());
            case "promotion" -> new HistoryEvent.PromotionAward(program, points(e), at,
                    e.availableFrom() == null ? null : date(e.availableFrom(), "available_from"), e.store(), e.reason());
            case "coupon_issue" -> new HistoryEvent.CouponIssue(new SeriesId(required(e.series(), "series")),
                    required(e.code(), "code"), at, e.till());
            case "coupon_redeem" -> new HistoryEvent.CouponUse(required(e.code(), "code"), at, e.till(), e.bill());
            case "fraud" -> new HistoryEvent.FraudMark(new FraudDetails(
                    FraudStatus.valueOf(upper(required(e.status(), "status"))), e.markedBy(), at, e.reason()));
            case "note" -> new HistoryEvent.NoteAdded(new Note(at, e.by(), e.text()));
            case "pii_delete" -> new HistoryEvent.PiiDelete(at);
            default -> throw new IllegalArgumentException("unknown event type '" + e.type()
                    + "': use bill, redeem, adjust, promotion, coupon_issue, coupon_redeem, fraud, note or pii_delete");
        };
    }

    private static Points points(SeedEvent e) {
        return new Points(required(e.points(), "points"));
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(required(value, field));
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(field + " must be an ISO instant such as 2026-03-14T10:15:00Z, got '"
                    + value + "'");
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(field + " must be a date such as 2026-03-14, got '" + value + "'");
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return value;
    }

    private static String upper(String value) {
        return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static Map<String, String> map(Map<String, String> values) {
        return values == null ? Map.of() : values;
    }
}
