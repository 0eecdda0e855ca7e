package org.loyaltyhub.adapter.persistence.bulk;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.loyaltyhub.adapter.persistence.UtcColumns;
import org.loyaltyhub.adapter.persistence.balance.JdbcPointsBalances;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.FraudDetails;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.tier.SlabChange;

/**
 * The tables a bulk load writes, and each domain object as the values of one row, column for column as
 * the adapter's mappers write them ({@code customer.CustomerMapper}, {@code ledger.LedgerEntryMapper},
 * ...): instants as UTC wall-clock times in whole seconds, enums by name, amounts and points as decimals.
 * Columns that only other features fill (such as {@code customer.erased_on}) are left to their defaults.
 */
final class BulkRows {
    static final MultiRowInsert CUSTOMER = new MultiRowInsert("customer", List.of(
            "org_id", "firstname", "lastname", "mobile", "email", "external_id", "customer_type", "source",
            "registered_on", "registered_by", "registered_store_code", "registered_till_code", "updated_on",
            "fraud_status", "fraud_marked_by", "fraud_modified_on", "fraud_reason"));
    static final MultiRowInsert CARD = new MultiRowInsert("customer_card", List.of(
            "customer_id", "org_id", "position", "card_number", "card_external_id", "status"));
    static final MultiRowInsert CUSTOM_FIELD = new MultiRowInsert("customer_custom_field", List.of(
            "customer_id", "position", "field_name", "field_value"));
    static final MultiRowInsert EXTENDED_FIELD = new MultiRowInsert("customer_extended_field", List.of(
            "customer_id", "position", "field_name", "field_value"));
    static final MultiRowInsert NOTE = new MultiRowInsert("customer_note", List.of(
            "customer_id", "position", "created_on", "created_by", "note_text"));
    static final MultiRowInsert PURCHASE = new MultiRowInsert("purchase", List.of(
            "customer_id", "program_id", "store_code", "bill_number", "transaction_type", "amount", "created_at",
            "till_code", "return_store_code", "return_bill_number"));
    static final MultiRowInsert LEDGER_ENTRY = new MultiRowInsert("ledger_entry", List.of(
            "customer_id", "program_id", "kind", "points", "occurred_at", "expires_on", "available_from",
            "bill_store_code", "bill_number", "store_code", "reason"));
    static final MultiRowInsert SLAB_CHANGE = new MultiRowInsert("slab_change", List.of(
            "customer_id", "program_id", "change_type", "from_serial", "to_serial", "changed_on", "valid_until",
            "store_code", "notes"));
    static final MultiRowInsert COUPON = new MultiRowInsert("coupon", List.of(
            "org_id", "code", "series_id", "customer_id", "created_on", "created_by", "valid_till",
            "allowed_redemptions"));
    static final MultiRowInsert POINTS_BALANCE = new MultiRowInsert("points_balance", Stream.concat(
            Stream.of("customer_id", "program_id"), JdbcPointsBalances.VALUE_COLUMNS.stream()).toList());
    static final MultiRowInsert COUPON_REDEMPTION = new MultiRowInsert("coupon_redemption", List.of(
            "coupon_id", "redeemed_at", "till_code", "bill_number"));

    /** Rewrites what a history can change on a stored profile: the fraud details and the last update. */
    static final String UPDATE_PROFILE = "UPDATE customer SET updated_on = ?, fraud_status = ?, fraud_marked_by = ?,"
            + " fraud_modified_on = ?, fraud_reason = ? WHERE id = ?";

    private BulkRows() {
    }

    static Object[] customer(Customer c) {
        Registration registration = c.registration();
        FraudDetails fraud = c.fraud();
        return new Object[] {
                c.orgId().value(), c.firstname(), c.lastname(),
                c.mobile().map(Mobile::value).orElse(null),
                c.email().map(Email::value).orElse(null),
                c.externalId().map(ExternalId::value).orElse(null),
                c.type().name(), registration.source(), UtcColumns.toColumn(registration.registeredOn()),
                registration.registeredBy(), registration.storeCode(), registration.tillCode(),
                UtcColumns.toColumn(c.updatedOn()),
                fraud.status().name(), fraud.markedBy(), UtcColumns.toColumn(fraud.modifiedOn()), fraud.reason()};
    }

    static Object[] profileUpdate(Customer c) {
        FraudDetails fraud = c.fraud();
        return new Object[] {
                UtcColumns.toColumn(c.updatedOn()), fraud.status().name(), fraud.markedBy(),
                UtcColumns.toColumn(fraud.modifiedOn()), fraud.reason(), c.requireId().value()};
    }

    static Object[] card(Card card, long customerId, long orgId, int position) {
        return new Object[] {customerId, orgId, position, card.number(), card.externalId(), card.status()};
    }

    static Object[] customField(CustomField field, long customerId, int position) {
        return new Object[] {customerId, position, field.name(), field.value()};
    }

    static Object[] extendedField(ExtendedField field, long customerId, int position) {
        return new Object[] {customerId, position, field.name(), field.value()};
    }

    static Object[] note(Note note, long customerId, int position) {
        return new Object[] {customerId, position, UtcColumns.toColumn(note.createdOn()), note.createdBy(), note.text()};
    }

    static Object[] purchase(Purchase p, long customerId, ProgramId programId) {
        return new Object[] {
                customerId, programId.value(), p.bill().storeCode(), p.bill().number(), p.type().name(),
                p.amount().value(), UtcColumns.toColumn(p.at()), p.tillCode(),
                p.returnOf() == null ? null : p.returnOf().storeCode(),
                p.returnOf() == null ? null : p.returnOf().number()};
    }

    static Object[] ledgerEntry(LedgerEntry e, long customerId) {
        BigDecimal points = e.points().value();
        return new Object[] {
                customerId, e.programId().value(), e.kind().name(), points, UtcColumns.toColumn(e.occurredAt()),
                e.expiresOn(), e.availableFrom(),
                e.bill() == null ? null : e.bill().storeCode(),
                e.bill() == null ? null : e.bill().number(),
                e.storeCode(), e.reason()};
    }

    static Object[] slabChange(SlabChange s, long customerId) {
        return new Object[] {
                customerId, s.programId().value(), s.type().name(), s.fromSerial(), s.toSerial(),
                UtcColumns.toColumn(s.changedOn()), s.validUntil(), s.storeCode(), s.notes()};
    }

    /** The row {@link JdbcPointsBalances} stores for the snapshot. */
    static Object[] snapshot(AccountSnapshot snapshot, long customerId, ProgramId programId) {
        Object[] values = JdbcPointsBalances.values(snapshot.balance(), snapshot.asOf(), snapshot);
        Object[] row = new Object[values.length + 2];
        row[0] = customerId;
        row[1] = programId.value();
        System.arraycopy(values, 0, row, 2, values.length);
        return row;
    }

    static Object[] coupon(Coupon c, long orgId) {
        return new Object[] {
                orgId, c.code(), c.seriesId().value(), c.customerId().value(), UtcColumns.toColumn(c.createdOn()),
                c.createdBy(), c.validTill(), c.allowedRedemptions()};
    }

    static Object[] redemption(CouponRedemption r, long couponId) {
        return new Object[] {couponId, UtcColumns.toColumn(r.at()), r.tillCode(), r.billNumber()};
    }
}
