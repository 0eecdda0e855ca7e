package org.loyaltyhub.application.port.in;

/** What one bulk import stored; {@link #plus} adds up the reports of several batches. */
public record BulkImportReport(long customers, long events, long bills, long ledgerEntries, long slabChanges,
                               long coupons, long couponRedemptions) {
    public static final BulkImportReport NONE = new BulkImportReport(0, 0, 0, 0, 0, 0, 0);

    public BulkImportReport plus(BulkImportReport other) {
        return new BulkImportReport(customers + other.customers, events + other.events, bills + other.bills,
                ledgerEntries + other.ledgerEntries, slabChanges + other.slabChanges, coupons + other.coupons,
                couponRedemptions + other.couponRedemptions);
    }
}
