package org.loyaltyhub.application.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.loyaltyhub.domain.program.ProgramId;

/**
 * The options of a lookup beyond which sections to load: one program only, gaps N days ahead, bill and
 * coupon filters.
 *
 * @param trackers load each customer's whole bill history, which trackers and upgrade gaps measure
 * @param language ISO code of the language extended-field labels are wanted in (the {@code language}
 *                 header); null for none
 * @param profileExtras load subscriptions, NDNC status, segments, user group and image
 */
public record LookupOptions(Optional<ProgramId> programId, OptionalInt gapToUpgradeDays, OptionalInt gapToRenewDays,
                            boolean trackers, TransactionFilter transactionFilter, CouponFilter couponFilter,
                            String language, boolean profileExtras) {
    public static final LookupOptions DEFAULTS = new LookupOptions(Optional.empty(), OptionalInt.empty(),
            OptionalInt.empty(), false, TransactionFilter.REGULAR_ONLY, CouponFilter.ALL, null, false);

    public LookupOptions {
        programId = programId == null ? Optional.empty() : programId;
        gapToUpgradeDays = gapToUpgradeDays == null ? OptionalInt.empty() : gapToUpgradeDays;
        gapToRenewDays = gapToRenewDays == null ? OptionalInt.empty() : gapToRenewDays;
        if (gapToUpgradeDays.orElse(0) < 0 || gapToRenewDays.orElse(0) < 0) {
            throw new IllegalArgumentException("gap days must not be negative");
        }
        transactionFilter = Objects.requireNonNullElse(transactionFilter, TransactionFilter.REGULAR_ONLY);
        couponFilter = Objects.requireNonNullElse(couponFilter, CouponFilter.ALL);
    }

    /** Gaps and trackers need every bill of the customer, not only the recent ones. */
    public boolean needsPurchaseHistory() {
        return trackers || gapToUpgradeDays.isPresent() || gapToRenewDays.isPresent();
    }
}
