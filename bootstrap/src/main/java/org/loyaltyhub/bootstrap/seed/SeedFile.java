package org.loyaltyhub.bootstrap.seed;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The seed data format (documented in docs/seed-format.md): one org, its configuration, API users and
 * customers with their history. Field names are snake_case; instants are ISO-8601 UTC
 * ("2026-03-14T10:15:00Z"), dates "2026-03-14", amounts and points decimal strings or numbers.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SeedFile(SeedOrg org, List<SeedStore> stores, List<SeedTill> tills, List<SeedProgram> programs,
                List<SeedCouponSeries> couponSeries, List<SeedApiUser> apiUsers, List<SeedCustomer> customers,
                Map<String, Map<String, String>> extendedFieldLabels) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedOrg(long id, String name, String timeZone) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedStore(String code, String name) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedTill(String code, String name, String store) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedProgram(long id, String title, String description, boolean isDefault, BigDecimal pointsToCurrencyRatio,
                       SeedEarning earning, SeedExpiry expiry, List<SeedSlab> slabs) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedEarning(BigDecimal baseRate, Map<Integer, BigDecimal> rateBySlab) {
    }

    /** unit NEVER, DAYS or MONTHS. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedExpiry(String unit, int amount) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedSlab(int serial, String name, String description, int validityMonths, SeedTierRule upgrade,
                    SeedTierRule renewal) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedTierRule(String combination, List<SeedCriterion> criteria) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedCriterion(String metric, BigDecimal threshold, int windowDays) {
    }

    /** Either {@code valid_days} or {@code valid_till}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedCouponSeries(long id, String description, String discountCode, String discountType,
                            BigDecimal discountValue, Integer validDays, String validTill, int maxPerCustomer,
                            Integer redemptionsPerCoupon, SeedRestriction restriction) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedRestriction(String type, String value) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    /** {@code access}: the user's access group, resource name to NONE/READ/WRITE; absent: WRITE on all. */
    record SeedApiUser(String username, String till, String password, Map<String, String> access) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedCustomer(String firstname, String lastname, String mobile, String email, String externalId, String type,
                        String source, String registeredOn, String registeredStore, String registeredTill,
                        String registeredBy, Map<String, String> customFields, Map<String, String> extendedFields,
                        List<SeedCard> cards, List<SeedEvent> history, List<SeedSubscription> subscriptions,
                        String ndncStatus, Map<String, String> segments, String userGroup, String imageUrl) {
    }

    /** {@code {"channel": "SMS", "priority": "BULK", "subscribed": false}} */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedSubscription(String channel, String priority, Boolean subscribed) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedCard(String number, String externalId, String status) {
    }

    /**
     * One history event; {@code type} says which fields apply:
     * bill (number, store, till, amount, bill_type REGULAR|RETURN|NOT_INTERESTED, returns), redeem
     * (points, store), adjust (points, signed; reason), promotion (points, store, reason, available_from),
     * coupon_issue (series, code, till), coupon_redeem (code, till, bill), fraud (status, marked_by,
     * reason), note (by, text), pii_delete. A bill may list {@code tenders} ({mode, value}) and
     * {@code credit_notes} ({number, amount}). {@code program} (a program id) defaults to the org's default
     * program.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedEvent(String type, String at, Long program, String number, String store, String till, BigDecimal amount,
                     String billType, String returns, BigDecimal points, String reason, String availableFrom,
                     Long series, String code, String bill, String status, String markedBy, String by, String text,
                     List<SeedTender> tenders, List<SeedCreditNote> creditNotes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedTender(String mode, BigDecimal value) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SeedCreditNote(String number, BigDecimal amount) {
    }
}
