package org.loyaltyhub.adapter.rest.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.loyaltyhub.adapter.rest.write.Fields;
import org.loyaltyhub.application.port.in.CouponFilter;
import org.loyaltyhub.application.port.in.LookupOptions;
import org.loyaltyhub.application.port.in.TransactionFilter;
import org.loyaltyhub.domain.coupon.OrgEntityType;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

/**
 * Reads the non-flag options of {@code customer/get}: gaps, program, transaction filters (spec 1.3) and
 * coupon options (spec 1.4). A value that cannot be read rejects the whole request with a 400 that
 * names the parameter and the values it accepts.
 */
final class LookupOptionsParser {
    /**
     * Most coupons one lookup lists per customer ({@code coupon_limit}); more is a 400 naming the parameter.
     * Without a cap a single request could ask for every coupon of every customer in a batch.
     */
    static final int MAX_COUPON_LIMIT = 1000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, List<String>> parameters;

    private LookupOptionsParser(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    static LookupOptions parse(Map<String, List<String>> parameters, SectionFlags flags, String language) {
        return new LookupOptionsParser(parameters).options(flags, language);
    }

    private LookupOptions options(SectionFlags flags, String language) {
        OptionalInt upgradeDays = days("gap_to_upgrade_for");
        OptionalInt renewDays = days("gap_to_renew_for");
        Optional<ProgramId> program = positiveLong("program_id").map(ProgramId::new);
        return new LookupOptions(program,
                flags.mlp() ? upgradeDays : OptionalInt.empty(),
                flags.mlp() ? renewDays : OptionalInt.empty(),
                flags.extras().trackerInfo(),
                transactionFilter(),
                couponFilter(),
                language == null || language.isBlank() ? null : language.trim(),
                flags.extras().subscriptions() || flags.extras().optinStatus() || flags.extras().ndncStatus()
                        || flags.extras().segments() || flags.extras().userGroup() || flags.extras().customerImage(),
                needsLedgerDetails(flags));
    }

    /**
     * Only these sections list what the whole ledger and slab history give; without them a lookup may answer
     * from the account snapshot stored with the last write instead of replaying the customer's history.
     */
    private static boolean needsLedgerDetails(SectionFlags flags) {
        SectionFlags.Extras e = flags.extras();
        return flags.slabHistory() || e.expirySchedule() || e.expiredPoints() || e.promotionPoints()
                || e.delayedAccrual();
    }

    private TransactionFilter transactionFilter() {
        Set<TransactionType> types = value("type").map(this::transactionTypes)
                .orElse(EnumSet.of(TransactionType.REGULAR));
        Money amount = value("amount").map(raw -> {
            try {
                BigDecimal number = raw.length() <= Fields.MAX_NUMBER_LENGTH ? new BigDecimal(raw) : null;
                // Out of the stored range is refused before Money rounds it: 1e999999999 would take minutes.
                if (number != null && Fields.storable(number)) {
                    return new Money(number);
                }
            } catch (RuntimeException notAnAmount) {
                // answered below
            }
            throw invalid("amount", raw, "a decimal amount such as 1999.50");
        }).orElse(null);
        LocalDate date = value("date").map(raw -> {
            try {
                return LocalDate.parse(raw, DATE);
            } catch (DateTimeParseException e) {
                throw invalid("date", raw, "a date YYYY-MM-DD");
            }
        }).orElse(null);
        return new TransactionFilter(types, value("number").orElse(null), value("store_code").orElse(null),
                value("till_code").orElse(null), amount, date,
                SectionFlags.flag(parameters, "tenders", false), SectionFlags.flag(parameters, "credit_notes", false));
    }

    private Set<TransactionType> transactionTypes(String raw) {
        String upper = raw.toUpperCase(Locale.ROOT);
        if (upper.equals("ALL")) {
            return EnumSet.allOf(TransactionType.class);
        }
        try {
            return EnumSet.of(TransactionType.valueOf(upper));
        } catch (IllegalArgumentException e) {
            String accepted = Arrays.stream(TransactionType.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw invalid("type", raw, "one of " + accepted + ", ALL");
        }
    }

    private CouponFilter couponFilter() {
        OptionalInt requestedLimit = nonNegativeInt("coupon_limit");
        Integer limit = requestedLimit.isPresent() ? requestedLimit.getAsInt() : null;
        if (limit != null && limit > MAX_COUPON_LIMIT) {
            throw invalid("coupon_limit", value("coupon_limit").orElseThrow(),
                    "a whole number from 0 to " + MAX_COUPON_LIMIT);
        }
        int offset = nonNegativeInt("coupon_offset").orElse(0);
        CouponFilter.OrderBy orderBy = choice("coupon_order_by", CouponFilter.OrderBy.class,
                "created_date, created_by, valid_till").orElse(CouponFilter.OrderBy.CREATED_DATE);
        boolean ascending = value("coupon_sort_order").map(raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw invalid("coupon_sort_order", raw, "asc, desc");
        }).orElse(false);
        CouponFilter.Status status = choice("coupon_status", CouponFilter.Status.class,
                "unredeemed, redeemed, expired, active").orElse(null);
        if (SectionFlags.flag(parameters, "coupon_active", false)) {
            if (status == CouponFilter.Status.REDEEMED || status == CouponFilter.Status.EXPIRED) {
                throw new InvalidCustomerGetRequest(ItemCode.INVALID_INPUT, "Parameter 'coupon_active=true' "
                        + "contradicts 'coupon_status=" + status.name().toLowerCase(Locale.ROOT) + "'");
            }
            status = CouponFilter.Status.ACTIVE;
        }
        SeriesId offer = positiveLong("coupon_offer").map(SeriesId::new).orElse(null);
        OrgEntityType entityType = choice("coupon_org_entity_type", OrgEntityType.class, "TILL, STORE, ZONE, CONCEPT")
                .orElse(null);
        String entityValue = value("coupon_org_entity_value").orElse(null);
        if (entityValue != null && entityType == null) {
            throw new InvalidCustomerGetRequest(ItemCode.INVALID_INPUT,
                    "Parameter 'coupon_org_entity_value' needs 'coupon_org_entity_type' (TILL, STORE, ZONE, CONCEPT)");
        }
        return new CouponFilter(limit, offset, orderBy, ascending, status, offer, entityType, entityValue);
    }

    private <E extends Enum<E>> Optional<E> choice(String name, Class<E> type, String accepted) {
        return value(name).map(raw -> {
            try {
                return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid(name, raw, accepted);
            }
        });
    }

    private OptionalInt days(String name) {
        return value(name).map(raw -> {
            try {
                int days = Integer.parseInt(raw);
                if (days >= 0) {
                    return OptionalInt.of(days);
                }
            } catch (NumberFormatException ignored) {
                // answered below
            }
            throw invalid(name, raw, "a whole number of days, 0 or more");
        }).orElse(OptionalInt.empty());
    }

    private OptionalInt nonNegativeInt(String name) {
        return value(name).map(raw -> {
            try {
                int n = Integer.parseInt(raw);
                if (n >= 0) {
                    return OptionalInt.of(n);
                }
            } catch (NumberFormatException ignored) {
                // answered below
            }
            throw invalid(name, raw, "a whole number, 0 or more");
        }).orElse(OptionalInt.empty());
    }

    private Optional<Long> positiveLong(String name) {
        return value(name).map(raw -> {
            try {
                long n = Long.parseLong(raw);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // answered below
            }
            throw invalid(name, raw, "a positive whole number");
        });
    }

    /** The first value of a parameter, trimmed; absent or empty means not given. */
    private Optional<String> value(String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        String value = values.get(0).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static InvalidCustomerGetRequest invalid(String name, String raw, String accepted) {
        return new InvalidCustomerGetRequest(ItemCode.INVALID_INPUT,
                "Invalid value '" + raw + "' for parameter '" + name + "': use " + accepted);
    }
}
