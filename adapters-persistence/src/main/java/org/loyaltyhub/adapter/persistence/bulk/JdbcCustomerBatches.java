package org.loyaltyhub.adapter.persistence.bulk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.CustomerBatches;
import org.loyaltyhub.application.port.out.ReplayedHistory;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.tier.SlabChange;

/**
 * Writes a batch of customers with plain JDBC: one multi-row insert per hundred rows per table, on the
 * connection of the surrounding transaction. Hand-written rather than through the repositories because
 * Micronaut Data inserts generated-id rows (customers, coupons) one statement each, and the per-customer
 * ports cost several statements per customer. Rows of a table are inserted in the order the customers
 * and their histories were given, so auto-increment ids keep the order the ledger depends on.
 */
@Singleton
public class JdbcCustomerBatches implements CustomerBatches {
    private final JdbcOperations jdbc;

    JdbcCustomerBatches(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Customer> addAll(List<Customer> registered) {
        if (registered.isEmpty()) {
            return List.of();
        }
        for (Customer customer : registered) {
            if (customer.id().isPresent()) {
                throw new IllegalArgumentException("customer " + customer.id().get().value() + " is already stored");
            }
        }
        return jdbc.execute(connection -> {
            long[] ids = BulkRows.CUSTOMER.insertReturningIds(connection,
                    registered.stream().map(BulkRows::customer).toList());
            List<Object[]> cards = new ArrayList<>();
            List<Object[]> customFields = new ArrayList<>();
            List<Object[]> extendedFields = new ArrayList<>();
            List<Customer> stored = new ArrayList<>(registered.size());
            for (int i = 0; i < registered.size(); i++) {
                Customer customer = registered.get(i);
                long id = ids[i];
                long orgId = customer.orgId().value();
                var cardList = customer.cards();
                for (int p = 0; p < cardList.size(); p++) {
                    cards.add(BulkRows.card(cardList.get(p), id, orgId, p));
                }
                var custom = customer.customFields();
                for (int p = 0; p < custom.size(); p++) {
                    customFields.add(BulkRows.customField(custom.get(p), id, p));
                }
                var extended = customer.extendedFields();
                for (int p = 0; p < extended.size(); p++) {
                    extendedFields.add(BulkRows.extendedField(extended.get(p), id, p));
                }
                // A registered customer has no notes yet; those come with its history (storeAll).
                stored.add(customer.withId(new CustomerId(id)));
            }
            BulkRows.CARD.insert(connection, cards);
            BulkRows.CUSTOM_FIELD.insert(connection, customFields);
            BulkRows.EXTENDED_FIELD.insert(connection, extendedFields);
            return stored;
        });
    }

    @Override
    public void storeAll(List<ReplayedHistory> histories) {
        if (histories.isEmpty()) {
            return;
        }
        jdbc.execute(connection -> {
            List<Object[]> purchases = new ArrayList<>();
            List<Object[]> entries = new ArrayList<>();
            List<Object[]> slabChanges = new ArrayList<>();
            List<Object[]> coupons = new ArrayList<>();
            List<Coupon> couponsInOrder = new ArrayList<>();
            List<Object[]> notes = new ArrayList<>();
            List<Object[]> balances = new ArrayList<>();
            List<Object[]> profileUpdates = new ArrayList<>();
            for (ReplayedHistory history : histories) {
                Customer customer = history.customer();
                long id = customer.requireId().value();
                for (Map.Entry<ProgramId, List<Purchase>> bills : history.bills().entrySet()) {
                    for (Purchase purchase : bills.getValue()) {
                        purchases.add(BulkRows.purchase(purchase, id, bills.getKey()));
                    }
                }
                for (LedgerEntry entry : history.ledgerEntries()) {
                    entries.add(BulkRows.ledgerEntry(entry, id));
                }
                for (SlabChange change : history.slabChanges()) {
                    slabChanges.add(BulkRows.slabChange(change, id));
                }
                for (Map.Entry<ProgramId, AccountSnapshot> snapshot : history.snapshots().entrySet()) {
                    balances.add(BulkRows.snapshot(snapshot.getValue(), id, snapshot.getKey()));
                }
                for (Coupon coupon : history.coupons()) {
                    coupons.add(BulkRows.coupon(coupon, customer.orgId().value()));
                    couponsInOrder.add(coupon);
                }
                if (history.profileChanged()) {
                    profileUpdates.add(BulkRows.profileUpdate(customer));
                    var noteList = customer.notes();
                    for (int p = 0; p < noteList.size(); p++) {
                        notes.add(BulkRows.note(noteList.get(p), id, p));
                    }
                }
            }
            BulkRows.PURCHASE.insert(connection, purchases);
            BulkRows.LEDGER_ENTRY.insert(connection, entries);
            BulkRows.SLAB_CHANGE.insert(connection, slabChanges);
            BulkRows.POINTS_BALANCE.insert(connection, balances);
            storeCoupons(connection, coupons, couponsInOrder);
            BulkRows.NOTE.insert(connection, notes);
            updateProfiles(connection, profileUpdates);
            return null;
        });
    }

    private static void storeCoupons(Connection connection, List<Object[]> rows, List<Coupon> coupons)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        long[] ids = BulkRows.COUPON.insertReturningIds(connection, rows);
        List<Object[]> redemptions = new ArrayList<>();
        for (int i = 0; i < coupons.size(); i++) {
            for (CouponRedemption redemption : coupons.get(i).redemptions()) {
                redemptions.add(BulkRows.redemption(redemption, ids[i]));
            }
        }
        BulkRows.COUPON_REDEMPTION.insert(connection, redemptions);
    }

    private static void updateProfiles(Connection connection, List<Object[]> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(BulkRows.UPDATE_PROFILE)) {
            for (Object[] values : updates) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
